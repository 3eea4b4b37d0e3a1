package org.pledgetrack.core.grant;

import java.time.Instant;

/** Published inside the transaction that records a delivery, so a TA request it answers can close. */
public record DeliverableDelivered(long deliverableId, long taRequestId, Instant recordedAt) {
}
