package org.pledgetrack.core.grant;

import java.time.Instant;

/** A file attached to a TA deliverable (agenda, sign-in sheet, ...). Removed ones stay listed, marked. */
public record DeliverableAttachment(long id, long deliverableId, String label, String originalFilename,
                                    String contentType, long sizeBytes, String sha256, String uploadedByName,
                                    Instant uploadedAt, Instant removedAt) {

    public boolean removed() {
        return removedAt != null;
    }
}
