package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT_ATTACHMENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.pledgetrack.core.files.StoredFile;
import org.springframework.stereotype.Repository;

@Repository
class ReportAttachmentRepository {

    private final DSLContext dsl;

    ReportAttachmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long reportId, StoredFile file, long userId, Instant now) {
        return dsl.insertInto(GRANTEE_REPORT_ATTACHMENT)
                .set(GRANTEE_REPORT_ATTACHMENT.REPORT_ID, reportId)
                .set(GRANTEE_REPORT_ATTACHMENT.ORIGINAL_FILENAME, file.originalFilename())
                .set(GRANTEE_REPORT_ATTACHMENT.CONTENT_TYPE, file.contentType())
                .set(GRANTEE_REPORT_ATTACHMENT.SIZE_BYTES, file.size())
                .set(GRANTEE_REPORT_ATTACHMENT.SHA256, file.sha256())
                .set(GRANTEE_REPORT_ATTACHMENT.STORAGE_KEY, file.storageKey())
                .set(GRANTEE_REPORT_ATTACHMENT.UPLOADED_BY, userId)
                .set(GRANTEE_REPORT_ATTACHMENT.UPLOADED_AT, now)
                .returning(GRANTEE_REPORT_ATTACHMENT.ID)
                .fetchOne(GRANTEE_REPORT_ATTACHMENT.ID);
    }

    List<ReportAttachment> findForReport(long reportId) {
        return attachments().where(GRANTEE_REPORT_ATTACHMENT.REPORT_ID.eq(reportId))
                .orderBy(GRANTEE_REPORT_ATTACHMENT.UPLOADED_AT, GRANTEE_REPORT_ATTACHMENT.ID)
                .fetch(ReportAttachmentRepository::toAttachment);
    }

    Optional<ReportAttachment> find(long attachmentId) {
        return attachments().where(GRANTEE_REPORT_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(ReportAttachmentRepository::toAttachment);
    }

    Optional<String> findStorageKey(long attachmentId) {
        return dsl.select(GRANTEE_REPORT_ATTACHMENT.STORAGE_KEY).from(GRANTEE_REPORT_ATTACHMENT)
                .where(GRANTEE_REPORT_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(GRANTEE_REPORT_ATTACHMENT.STORAGE_KEY);
    }

    boolean markRemoved(long attachmentId, long userId, Instant now) {
        return dsl.update(GRANTEE_REPORT_ATTACHMENT)
                .set(GRANTEE_REPORT_ATTACHMENT.REMOVED_AT, now)
                .set(GRANTEE_REPORT_ATTACHMENT.REMOVED_BY, userId)
                .where(GRANTEE_REPORT_ATTACHMENT.ID.eq(attachmentId))
                .and(GRANTEE_REPORT_ATTACHMENT.REMOVED_AT.isNull())
                .execute() == 1;
    }

    private SelectOnConditionStep<Record> attachments() {
        return dsl.select(GRANTEE_REPORT_ATTACHMENT.fields()).select(APP_USER.DISPLAY_NAME)
                .from(GRANTEE_REPORT_ATTACHMENT)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(GRANTEE_REPORT_ATTACHMENT.UPLOADED_BY));
    }

    private static ReportAttachment toAttachment(Record r) {
        return new ReportAttachment(r.get(GRANTEE_REPORT_ATTACHMENT.ID), r.get(GRANTEE_REPORT_ATTACHMENT.REPORT_ID),
                r.get(GRANTEE_REPORT_ATTACHMENT.ORIGINAL_FILENAME), r.get(GRANTEE_REPORT_ATTACHMENT.CONTENT_TYPE),
                r.get(GRANTEE_REPORT_ATTACHMENT.SIZE_BYTES), r.get(GRANTEE_REPORT_ATTACHMENT.SHA256),
                r.get(APP_USER.DISPLAY_NAME), r.get(GRANTEE_REPORT_ATTACHMENT.UPLOADED_AT),
                r.get(GRANTEE_REPORT_ATTACHMENT.REMOVED_AT), r.get(GRANTEE_REPORT_ATTACHMENT.FILE_DELETED_AT));
    }
}
