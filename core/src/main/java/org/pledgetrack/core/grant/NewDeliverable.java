package org.pledgetrack.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A TA deliverable with whatever of its delivery record is already known. */
public record NewDeliverable(long grantId, long providerOrgId, DeliverableType type, String title,
                             String description, LocalDate dueOn, LocalDate scheduledOn, LocalDate deliveredOn,
                             DeliverableStatus status, BigDecimal hours, Integer attendees, BigDecimal rating,
                             String outcomeNote) {
}
