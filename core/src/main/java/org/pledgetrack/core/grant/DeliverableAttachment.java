package org.pledgetrack.core.grant;

import java.time.Instant;

/**
 * A file attached to a TA deliverable (agenda, sign-in sheet, ...). Removed ones stay listed, marked; their
 * bytes are deleted after the undo period ({@code fileDeletedAt}), their name and SHA-256 stay.
 */
public record DeliverableAttachment(long id, long deliverableId, String label, String originalFilename,
                                    String contentType, long sizeBytes, String sha256, String uploadedByName,
                                    Instant uploadedAt, Instant removedAt, Instant fileDeletedAt) {

    public boolean removed() {
        return removedAt != null;
    }

    /** Removed longer ago than the undo period: its bytes are deleted and it can no longer be downloaded. */
    public boolean fileDeleted() {
        return fileDeletedAt != null;
    }
}
