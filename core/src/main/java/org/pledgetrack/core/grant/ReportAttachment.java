package org.pledgetrack.core.grant;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A file the grantee attached to a progress report. Removed ones stay listed, marked; their bytes
 * are deleted after the undo period, their name and SHA-256 stay.
 */
public record ReportAttachment(long id, long reportId, String originalFilename, String contentType, long sizeBytes,
                               String sha256, @Nullable String uploadedByName, Instant uploadedAt,
                               @Nullable Instant removedAt, @Nullable Instant fileDeletedAt) {

    public boolean removed() {
        return removedAt != null;
    }

    public boolean fileDeleted() {
        return fileDeletedAt != null;
    }
}
