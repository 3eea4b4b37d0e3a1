package org.pledgetrack.core.request;

import java.time.Duration;
import java.time.Instant;

/** A TA request as read, with its response times. */
public record TaRequest(long id, long requestingOrgId, String requestingOrgName, Long grantId, String awardNumber,
                        String topic, String focusAreaName, String itemTitle, String description, Urgency urgency,
                        TaRequestStatus status, String responseNote, Instant submittedAt, Instant firstResponseAt,
                        Instant deliveredAt, Long deliverableId, int version) {

    /** From submission to the first triage answer; null while unanswered. */
    public Duration firstResponseTime() {
        return firstResponseAt == null ? null : Duration.between(submittedAt, firstResponseAt);
    }

    /** From submission to the delivery of the deliverable that answers it; null until delivered. */
    public Duration timeToDelivery() {
        return deliveredAt == null ? null : Duration.between(submittedAt, deliveredAt);
    }
}
