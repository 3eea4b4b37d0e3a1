package org.pledgetrack.core.grant;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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
 * Files attached to TA deliverables (agendas, sign-in sheets) and to progress reports, under the
 * same rules as pledge evidence: type checked by content, SHA-256 kept, the original name shown but
 * never used as a path. Whoever may read the grant may download; its TA staff attach and remove a
 * deliverable's files, the grantee a report's ({@link ProgressReportService} checks that and calls
 * the package's methods here). Removal is recorded, not a delete.
 */
@Service
public class AttachmentService {

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
        return store(user, null, AttachmentOwner.DELIVERABLE, deliverableId, trimmedLabel, content, originalFilename);
    }

    /** The file's content for download, for whoever may read the grant, while its bytes are kept. */
    @Transactional(readOnly = true)
    public InputStream open(CurrentUser user, long attachmentId) {
        DeliverableAttachment attachment = existing(attachmentId);
        access.requireRead(user, grantOf(attachment.deliverableId()));
        return content(attachment.id(), attachment.originalFilename(), attachment.fileDeleted());
    }

    @Transactional
    public void remove(CurrentUser user, long attachmentId) {
        DeliverableAttachment attachment = existing(attachmentId);
        access.requireManage(user, grantOf(attachment.deliverableId()));
        markRemoved(user, null, AttachmentOwner.DELIVERABLE, attachmentId, attachment.originalFilename());
    }

    List<ReportAttachment> reportAttachments(long reportId) {
        return attachments.findForReport(reportId);
    }

    Optional<ReportAttachment> reportAttachment(long attachmentId) {
        return attachments.findOnReport(attachmentId);
    }

    /** Attaches the file to a report the caller has checked the user may edit; refused like {@link #attach}. */
    long attachToReport(CurrentUser user, @Nullable Long agencyId, long reportId, InputStream content,
                        String originalFilename) {
        return store(user, agencyId, AttachmentOwner.PROGRESS_REPORT, reportId, null, content, originalFilename);
    }

    /** The content of a report's file the caller has checked the user may read. */
    InputStream openReportFile(ReportAttachment attachment) {
        return content(attachment.id(), attachment.originalFilename(), attachment.fileDeleted());
    }

    /** Removes a file from a report the caller has checked the user may edit. */
    void removeFromReport(CurrentUser user, @Nullable Long agencyId, ReportAttachment attachment) {
        markRemoved(user, agencyId, AttachmentOwner.PROGRESS_REPORT, attachment.id(), attachment.originalFilename());
    }

    private long store(CurrentUser user, @Nullable Long agencyId, AttachmentOwner owner, long ownerId,
                       @Nullable String label, InputStream content, String originalFilename) {
        StoredFile stored = files.store(content, originalFilename);
        allowance.check(user, stored);
        long id = attachments.insert(owner, ownerId, label, stored, user.id(), clock.instant());
        audit.recordChange(user, agencyId, owner.auditEntity(), id, "attached", null, stored.originalFilename());
        return id;
    }

    private InputStream content(long attachmentId, String originalFilename, boolean fileDeleted) {
        if (fileDeleted) {
            throw new IllegalStateException("\"" + originalFilename + "\" was removed and its file deleted "
                    + "after the undo period.");
        }
        return files.open(attachments.findStorageKey(attachmentId).orElseThrow());
    }

    /** Records the removal and keeps the bytes for the undo period; a second removal records nothing. */
    private void markRemoved(CurrentUser user, @Nullable Long agencyId, AttachmentOwner owner, long attachmentId,
                             String originalFilename) {
        if (attachments.markRemoved(attachmentId, user.id(), clock.instant())) {
            audit.recordChange(user, agencyId, owner.auditEntity(), attachmentId, "removed", originalFilename, null);
        }
    }

    /** An unknown id is refused like a forbidden one, so probing ids reveals nothing. */
    private DeliverableAttachment existing(long attachmentId) {
        return attachments.findOnDeliverable(attachmentId)
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this information."));
    }

    private long grantOf(long deliverableId) {
        return deliverables.findGrantId(deliverableId)
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this information."));
    }
}
