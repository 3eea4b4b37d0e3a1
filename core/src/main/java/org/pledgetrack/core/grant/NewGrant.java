package org.pledgetrack.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

public record NewGrant(String awardNumber, String title, long granteeOrgId, Long leadAgencyId, String siteName,
                       BigDecimal awardAmount, Long overseerOrgId, LocalDate startOn, LocalDate endOn) {
}
