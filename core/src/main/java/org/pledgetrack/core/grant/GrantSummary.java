package org.pledgetrack.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A BCJI grant as listed. */
public record GrantSummary(long id, String awardNumber, String title, String siteName, String granteeName,
                           String leadAgencyName, BigDecimal awardAmount, LocalDate startOn, LocalDate endOn,
                           int deliverables) {
}
