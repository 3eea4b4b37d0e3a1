package org.pledgetrack.core.pledge;

import java.time.Instant;

/**
 * A file or link an agency offers as proof that an item is implemented. Removal is recorded, not deleted; a
 * removed file's bytes are deleted after the undo period ({@code fileDeletedAt}), its name and SHA-256 stay.
 */
public record Evidence(long id, long pledgeItemId, EvidenceKind kind, String originalFilename, String contentType,
                       Long sizeBytes, String sha256, String url, String description, String uploadedByName,
                       Instant uploadedAt, Instant removedAt, String removedByName, String removedReason,
                       Instant fileDeletedAt) {

    public enum EvidenceKind { FILE, LINK }

    public boolean removed() {
        return removedAt != null;
    }

    /** A removed file whose undo period is over: its bytes are deleted, it can be neither restored nor downloaded. */
    public boolean fileDeleted() {
        return fileDeletedAt != null;
    }

    /** What users see as its name: the original file name or the link. */
    public String label() {
        return kind == EvidenceKind.FILE ? originalFilename : url;
    }
}
