package org.pledgetrack.core.grant;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.files.FileStore;
import org.pledgetrack.core.files.StoredFile;
import org.pledgetrack.core.files.UploadAllowance;
import org.pledgetrack.core.files.UploadLimit;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to TA deliverables (agendas, sign-in sheets), under the same rules as pledge
 * evidence: type checked by content, SHA-256 kept, the original name shown but never used as a
 * path. Whoever may read the grant may download; its TA staff attach and remove. Removal is
 * recorded, not a delete.
 */
@Service
public class AttachmentService {

    static final String ENTITY = "DELIVERABLE_ATTACHMENT";

    private final AttachmentRepository attachments;
    private final DeliverableRepository deliverables;
    private final GrantAccess access;
    private final FileStore files;
    private final UploadAllowance allowance;
    private final AuditLog audit;
    private final Clock clock;

    AttachmentService(AttachmentRepository attachments, DeliverableRepository deliverables, GrantAccess access,
                      FileStore files, UploadAllowance allowance, AuditLog audit, Clock clock) {
        this.allowance = allowance;
        this.attachments = attachments;
        this.deliverables = deliverables;
        this.access = access;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** The names and size {@link #attach} accepts, for the upload to apply before it keeps a byte. */
    public UploadLimit uploadLimit() {
        return files.uploadLimit();
    }

    @Transactional(readOnly = true)
    public List<DeliverableAttachment> attachments(CurrentUser user, long deliverableId) {
        access.requireRead(user, grantOf(deliverableId));
        return attachments.findForDeliverable(deliverableId);
    }

    /**
     * Stores the file and attaches it; refused with a clear message for a wrong name, type, size
     * or label, or past the user's upload rate or the organization's quota, leaving no row and no file.
     */
    @Transactional
    public long attach(CurrentUser user, long deliverableId, InputStream content, String originalFilename,
                       String label) {
        access.requireManage(user, grantOf(deliverableId));
        String trimmedLabel = TextInput.required(label, 100, "The file label",
                "Say what the file is (e.g. agenda, sign-in sheet), in up to 100 characters.");
        StoredFile stored = files.store(content, originalFilename);
        allowance.check(user, stored);
        long id = attachments.insert(deliverableId, trimmedLabel, stored, user.id(), clock.instant());
        audit.recordChange(user, null, ENTITY, id, "attached", null, stored.originalFilename());
        return id;
    }

    /** The file's content for download, for whoever may read the grant, while its bytes are kept. */
    @Transactional(readOnly = true)
    public InputStream open(CurrentUser user, long attachmentId) {
        DeliverableAttachment attachment = readable(user, attachmentId);
        if (attachment.fileDeleted()) {
            throw new IllegalStateException("\"" + attachment.originalFilename() + "\" was removed and its file deleted "
                    + "after the undo period.");
        }
        return files.open(attachments.findStorageKey(attachment.id()).orElseThrow());
    }

    @Transactional
    public void remove(CurrentUser user, long attachmentId) {
        DeliverableAttachment attachment = existing(attachmentId);
        access.requireManage(user, grantOf(attachment.deliverableId()));
        if (attachments.markRemoved(attachmentId, user.id(), clock.instant())) {
            audit.recordChange(user, null, ENTITY, attachmentId, "removed", attachment.originalFilename(), null);
        }
    }

    private DeliverableAttachment readable(CurrentUser user, long attachmentId) {
        DeliverableAttachment attachment = existing(attachmentId);
        access.requireRead(user, grantOf(attachment.deliverableId()));
        return attachment;
    }

    /** An unknown id is refused like a forbidden one, so probing ids reveals nothing. */
    private DeliverableAttachment existing(long attachmentId) {
        return attachments.find(attachmentId)
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this information."));
    }

    private long grantOf(long deliverableId) {
        return deliverables.findGrantId(deliverableId)
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this information."));
    }
}
