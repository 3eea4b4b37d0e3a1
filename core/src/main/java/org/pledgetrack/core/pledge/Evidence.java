package org.pledgetrack.core.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A file or link an agency offers as proof that an item is implemented. Removal is recorded, not deleted; a
 * removed file's bytes are deleted after the undo period ({@code fileDeletedAt}), its name and SHA-256 stay.
 * One document may serve several items of a pledge: each item keeps its own row (removed from one item, it
 * stays on the others), and the rows share the stored file.
 *
 * @param effectiveOn    when the policy took effect, if the agency said
 * @param reviewBy       when the agency means to review it; the agency is reminded once when the date comes
 * @param documentId     the row the document was first added as (this row's id unless it was attached from another)
 * @param alsoOnItems    the numbers of the pledge's other items that keep the same document
 */
public record Evidence(long id, long pledgeItemId, EvidenceKind kind, String originalFilename, String contentType,
                       Long sizeBytes, String sha256, String url, String description, String uploadedByName,
                       Instant uploadedAt, Instant removedAt, String removedByName, String removedReason,
                       Instant fileDeletedAt, @Nullable LocalDate effectiveOn, @Nullable LocalDate reviewBy,
                       long documentId, List<Integer> alsoOnItems) {

    public enum EvidenceKind { FILE, LINK }

    public Evidence {
        alsoOnItems = List.copyOf(alsoOnItems);
    }

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

    Evidence alsoOn(List<Integer> itemNumbers) {
        return new Evidence(id, pledgeItemId, kind, originalFilename, contentType, sizeBytes, sha256, url, description,
                uploadedByName, uploadedAt, removedAt, removedByName, removedReason, fileDeletedAt, effectiveOn,
                reviewBy, documentId, itemNumbers);
    }
}
