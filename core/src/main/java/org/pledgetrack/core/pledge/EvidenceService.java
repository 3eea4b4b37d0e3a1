package org.pledgetrack.core.pledge;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.database.RetriedOnWriteConflict;
import org.pledgetrack.core.files.FileStore;
import org.pledgetrack.core.files.StoredFile;
import org.pledgetrack.core.files.UploadAllowance;
import org.pledgetrack.core.files.UploadLimit;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.input.WebAddress;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.submission.RecentSubmissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence on pledge items: the agency adds files and links, removes and restores them (removal
 * is recorded, never a delete); everyone who may read the item may download its files.
 */
@Service
public class EvidenceService {

    // The widths of evidence.url, evidence.description and evidence.removed_reason.
    private static final int MAX_URL = 2000;
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_REMOVED_REASON = 1000;

    private final EvidenceRepository evidence;
    private final ItemRepository items;
    private final ItemAccess itemAccess;
    private final FileStore files;
    private final UploadAllowance allowance;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final RecentSubmissions recentSubmissions;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, ItemRepository items, ItemAccess itemAccess, FileStore files,
                    UploadAllowance allowance, AccessPolicy access, AuditLog audit, RecentSubmissions recentSubmissions, Clock clock) {
        this.allowance = allowance;
        this.access = access;
        this.evidence = evidence;
        this.items = items;
        this.itemAccess = itemAccess;
        this.files = files;
        this.audit = audit;
        this.recentSubmissions = recentSubmissions;
        this.clock = clock;
    }

    /** The names and size {@link #addFile} accepts, for the upload to apply before it keeps a byte. */
    public UploadLimit uploadLimit() {
        return files.uploadLimit();
    }

    /**
     * Stores an uploaded file as evidence. Its name and content are checked by the {@link FileStore}
     * (type by content: PDF, DOCX, XLSX, PNG, JPEG, named accordingly), then counted against the user's
     * upload rate and the organization's quota ({@link UploadAllowance}); a refused file leaves no row and no file.
     */
    @Transactional
    public long addFile(CurrentUser user, long itemId, InputStream content, String originalFilename,
                        String description) {
        return addFile(user, itemId, content, originalFilename, description, EvidenceDates.NONE);
    }

    /** {@link #addFile(CurrentUser, long, InputStream, String, String)} with when the policy took effect and its review date. */
    @Transactional
    public long addFile(CurrentUser user, long itemId, InputStream content, String originalFilename,
                        String description, EvidenceDates dates) {
        PledgeItem item = editableItem(user, itemId);
        String text = TextInput.optional(description, MAX_DESCRIPTION, "The description");
        StoredFile stored = files.store(content, originalFilename);
        allowance.check(user, stored);
        long id = evidence.insertFile(itemId, stored, text, dates, user.id(), clock.instant());
        recorded(user, item, "EVIDENCE_ADDED", stored.originalFilename());
        return id;
    }

    /** Adds an http(s) link as evidence; the same link sent again within seconds is added once. */
    @Transactional
    @RetriedOnWriteConflict
    public long addLink(CurrentUser user, long itemId, String url, String description) {
        PledgeItem item = editableItem(user, itemId);
        String link = httpUrl(url);
        String text = TextInput.optional(description, MAX_DESCRIPTION, "The description");
        return recentSubmissions.once(user, "EVIDENCE_LINK", () -> {
            long id = evidence.insertLink(itemId, link, text, EvidenceDates.NONE, user.id(), clock.instant());
            recorded(user, item, "EVIDENCE_ADDED", link);
            return id;
        }, itemId, link, text);
    }

    /**
     * Makes a document already kept on another item of the same pledge evidence for this item too, without a
     * second upload: the item gets its own row (removable on its own) that shares the stored file, so it costs
     * no quota. Refused when the document is removed, belongs to another pledge, or the item keeps it already.
     */
    @Transactional
    @RetriedOnWriteConflict
    public long attachExisting(CurrentUser user, long itemId, long evidenceId) {
        PledgeItem item = editableItem(user, itemId);
        Evidence piece = find(user, evidenceId);
        PledgeItem source = items.findItem(piece.pledgeItemId()).orElseThrow();
        if (source.pledgeId() != item.pledgeId()) {
            throw access.unknownRecord(user, "evidence", evidenceId);
        }
        if (piece.removed()) {
            throw new IllegalStateException("\"" + piece.label() + "\" was removed: restore it first.");
        }
        if (evidence.itemKeepsDocument(itemId, piece.documentId())) {
            throw new IllegalStateException("\"" + piece.label() + "\" is already evidence for this item.");
        }
        long id = evidence.insertAttached(itemId, evidenceId, user.id(), clock.instant());
        recorded(user, item, "EVIDENCE_ATTACHED", piece.label() + " (also evidence for item " + source.number() + ")");
        return id;
    }

    /** The pledge's evidence kept on other items that this item does not keep yet, one per document, for the picker. */
    @Transactional(readOnly = true)
    public List<Evidence> attachableTo(CurrentUser user, long itemId) {
        itemAccess.readable(user, itemId);
        return evidence.findAttachableTo(itemId);
    }

    /** Marks evidence removed, with an optional reason; it stays listed and can be restored. */
    @Transactional
    @RetriedOnWriteConflict
    public void remove(CurrentUser user, long evidenceId, String reason) {
        Evidence piece = find(user, evidenceId);
        PledgeItem item = editableItem(user, piece.pledgeItemId());
        if (!evidence.markRemoved(evidenceId, TextInput.optional(reason, MAX_REMOVED_REASON, "The reason"), user.id(),
                clock.instant())) {
            throw new IllegalStateException("\"" + piece.label() + "\" was already removed.");
        }
        recorded(user, item, "EVIDENCE_REMOVED", piece.label());
    }

    /** Undoes a removal, within the undo period (a file's bytes are deleted after it). */
    @Transactional
    @RetriedOnWriteConflict
    public void restore(CurrentUser user, long evidenceId) {
        Evidence piece = find(user, evidenceId);
        PledgeItem item = editableItem(user, piece.pledgeItemId());
        requireFileKept(piece);
        if (!evidence.restore(evidenceId)) {
            throw new IllegalStateException("\"" + piece.label() + "\" is not removed.");
        }
        recorded(user, item, "EVIDENCE_RESTORED", piece.label());
    }

    /** A file for download, for anyone who may read the item; refused (and logged) otherwise. */
    @Transactional(readOnly = true)
    public EvidenceFile download(CurrentUser user, long evidenceId) {
        Evidence piece = find(user, evidenceId);
        if (piece.kind() != Evidence.EvidenceKind.FILE) {
            throw new IllegalArgumentException("This evidence is a link, not a file.");
        }
        requireFileKept(piece);
        String key = evidence.findStorageKey(evidenceId).orElseThrow();
        return new EvidenceFile(piece.originalFilename(), piece.contentType(), piece.sizeBytes(),
                () -> files.open(key));
    }

    private static void requireFileKept(Evidence piece) {
        if (piece.fileDeleted()) {
            throw new IllegalStateException("\"" + piece.label() + "\" was removed and its file deleted after the undo "
                    + "period; upload it again if it is still needed.");
        }
    }

    private Evidence find(CurrentUser user, long evidenceId) {
        Evidence piece = evidence.findEvidence(evidenceId)
                .orElseThrow(() -> access.unknownRecord(user, "evidence", evidenceId));
        itemAccess.readable(user, piece.pledgeItemId());
        return piece;
    }

    private PledgeItem editableItem(CurrentUser user, long itemId) {
        PledgeItem item = itemAccess.reportable(user, itemId);
        if (!ItemWorkflow.evidenceEditable(item.status())) {
            throw new IllegalStateException("Evidence cannot change while the item is "
                    + item.status().label().toLowerCase() + ".");
        }
        return item;
    }

    private void recorded(CurrentUser user, PledgeItem item, String action, String subject) {
        audit.recordAction(user, item.agencyId(), PledgeItemService.ENTITY, item.id(), action, subject);
        items.touchAgencyActivity(item.id(), clock.instant());
    }

    /** An absolute http(s) address that fits {@code evidence.url}; anything else (javascript:, data:, ...) is refused. */
    static String httpUrl(String url) {
        return WebAddress.required(url, MAX_URL, "The web address");
    }
}
