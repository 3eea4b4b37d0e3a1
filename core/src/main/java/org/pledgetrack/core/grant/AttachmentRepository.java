package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ATTACHMENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.files.StoredFile;
import org.springframework.stereotype.Repository;

/** The files attached to deliverables and to progress reports, one table for both. */
@Repository
class AttachmentRepository {

    private final DSLContext dsl;

    AttachmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Attaches the stored file to the deliverable or report {@code ownerId}; a label only for a deliverable's file. */
    long insert(AttachmentOwner owner, long ownerId, @Nullable String label, StoredFile file, long userId, Instant now) {
        return dsl.insertInto(ATTACHMENT)
                .set(ATTACHMENT.OWNER, owner.name())
                .set(owner == AttachmentOwner.DELIVERABLE ? ATTACHMENT.DELIVERABLE_ID : ATTACHMENT.REPORT_ID, ownerId)
                .set(ATTACHMENT.LABEL, label)
                .set(ATTACHMENT.ORIGINAL_FILENAME, file.originalFilename())
                .set(ATTACHMENT.CONTENT_TYPE, file.contentType())
                .set(ATTACHMENT.SIZE_BYTES, file.size())
                .set(ATTACHMENT.SHA256, file.sha256())
                .set(ATTACHMENT.STORAGE_KEY, file.storageKey())
                .set(ATTACHMENT.UPLOADED_BY, userId)
                .set(ATTACHMENT.UPLOADED_AT, now)
                .returning(ATTACHMENT.ID)
                .fetchOne(ATTACHMENT.ID);
    }

    List<DeliverableAttachment> findForDeliverable(long deliverableId) {
        return attachmentsOf(AttachmentOwner.DELIVERABLE).and(ATTACHMENT.DELIVERABLE_ID.eq(deliverableId))
                .orderBy(ATTACHMENT.UPLOADED_AT, ATTACHMENT.ID)
                .fetch(AttachmentRepository::toDeliverableAttachment);
    }

    List<ReportAttachment> findForReport(long reportId) {
        return attachmentsOf(AttachmentOwner.PROGRESS_REPORT).and(ATTACHMENT.REPORT_ID.eq(reportId))
                .orderBy(ATTACHMENT.UPLOADED_AT, ATTACHMENT.ID)
                .fetch(AttachmentRepository::toReportAttachment);
    }

    /** The attachment if it is a deliverable's; a report's file is not found here, so it is judged by its own access. */
    Optional<DeliverableAttachment> findOnDeliverable(long attachmentId) {
        return attachmentsOf(AttachmentOwner.DELIVERABLE).and(ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(AttachmentRepository::toDeliverableAttachment);
    }

    /** The attachment if it is a progress report's. */
    Optional<ReportAttachment> findOnReport(long attachmentId) {
        return attachmentsOf(AttachmentOwner.PROGRESS_REPORT).and(ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(AttachmentRepository::toReportAttachment);
    }

    Optional<String> findStorageKey(long attachmentId) {
        return dsl.select(ATTACHMENT.STORAGE_KEY).from(ATTACHMENT)
                .where(ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(ATTACHMENT.STORAGE_KEY);
    }

    /** Records the removal; returns false if it was already removed. */
    boolean markRemoved(long attachmentId, long userId, Instant now) {
        return dsl.update(ATTACHMENT)
                .set(ATTACHMENT.REMOVED_AT, now)
                .set(ATTACHMENT.REMOVED_BY, userId)
                .where(ATTACHMENT.ID.eq(attachmentId))
                .and(ATTACHMENT.REMOVED_AT.isNull())
                .execute() == 1;
    }

    private SelectConditionStep<Record> attachmentsOf(AttachmentOwner owner) {
        return dsl.select(ATTACHMENT.fields()).select(APP_USER.DISPLAY_NAME)
                .from(ATTACHMENT)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(ATTACHMENT.UPLOADED_BY))
                .where(ATTACHMENT.OWNER.eq(owner.name()));
    }

    private static DeliverableAttachment toDeliverableAttachment(Record r) {
        return new DeliverableAttachment(r.get(ATTACHMENT.ID), r.get(ATTACHMENT.DELIVERABLE_ID), r.get(ATTACHMENT.LABEL),
                r.get(ATTACHMENT.ORIGINAL_FILENAME), r.get(ATTACHMENT.CONTENT_TYPE), r.get(ATTACHMENT.SIZE_BYTES),
                r.get(ATTACHMENT.SHA256), r.get(APP_USER.DISPLAY_NAME), r.get(ATTACHMENT.UPLOADED_AT),
                r.get(ATTACHMENT.REMOVED_AT), r.get(ATTACHMENT.FILE_DELETED_AT));
    }

    private static ReportAttachment toReportAttachment(Record r) {
        return new ReportAttachment(r.get(ATTACHMENT.ID), r.get(ATTACHMENT.REPORT_ID),
                r.get(ATTACHMENT.ORIGINAL_FILENAME), r.get(ATTACHMENT.CONTENT_TYPE), r.get(ATTACHMENT.SIZE_BYTES),
                r.get(ATTACHMENT.SHA256), r.get(APP_USER.DISPLAY_NAME), r.get(ATTACHMENT.UPLOADED_AT),
                r.get(ATTACHMENT.REMOVED_AT), r.get(ATTACHMENT.FILE_DELETED_AT));
    }
}
