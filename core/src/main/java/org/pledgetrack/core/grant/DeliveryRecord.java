package org.pledgetrack.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What happened when a deliverable was delivered. */
public record DeliveryRecord(LocalDate deliveredOn, BigDecimal hours, Integer attendees, BigDecimal rating,
                             String outcomeNote) {
}
