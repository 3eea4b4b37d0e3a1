package org.pledgetrack.core.pledge;

import java.time.Instant;

/** A file or link an agency offers as proof that an item is implemented. Removal is recorded, not deleted. */
public record Evidence(long id, long pledgeItemId, EvidenceKind kind, String originalFilename, String contentType,
                       Long sizeBytes, String sha256, String url, String description, String uploadedByName,
                       Instant uploadedAt, Instant removedAt, String removedByName, String removedReason) {

    public enum EvidenceKind { FILE, LINK }

    public boolean removed() {
        return removedAt != null;
    }

    /** What users see as its name: the original file name or the link. */
    public String label() {
        return kind == EvidenceKind.FILE ? originalFilename : url;
    }
}
