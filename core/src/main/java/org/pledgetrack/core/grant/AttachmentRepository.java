package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.DELIVERABLE_ATTACHMENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.pledgetrack.core.files.StoredFile;
import org.springframework.stereotype.Repository;

@Repository
class AttachmentRepository {

    private final DSLContext dsl;

    AttachmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long deliverableId, String label, StoredFile file, long userId, Instant now) {
        return dsl.insertInto(DELIVERABLE_ATTACHMENT)
                .set(DELIVERABLE_ATTACHMENT.DELIVERABLE_ID, deliverableId)
                .set(DELIVERABLE_ATTACHMENT.LABEL, label)
                .set(DELIVERABLE_ATTACHMENT.ORIGINAL_FILENAME, file.originalFilename())
                .set(DELIVERABLE_ATTACHMENT.CONTENT_TYPE, file.contentType())
                .set(DELIVERABLE_ATTACHMENT.SIZE_BYTES, file.size())
                .set(DELIVERABLE_ATTACHMENT.SHA256, file.sha256())
                .set(DELIVERABLE_ATTACHMENT.STORAGE_KEY, file.storageKey())
                .set(DELIVERABLE_ATTACHMENT.UPLOADED_BY, userId)
                .set(DELIVERABLE_ATTACHMENT.UPLOADED_AT, now)
                .returning(DELIVERABLE_ATTACHMENT.ID)
                .fetchOne(DELIVERABLE_ATTACHMENT.ID);
    }

    List<DeliverableAttachment> findForDeliverable(long deliverableId) {
        return attachments().where(DELIVERABLE_ATTACHMENT.DELIVERABLE_ID.eq(deliverableId))
                .orderBy(DELIVERABLE_ATTACHMENT.UPLOADED_AT, DELIVERABLE_ATTACHMENT.ID)
                .fetch(AttachmentRepository::toAttachment);
    }

    Optional<DeliverableAttachment> find(long attachmentId) {
        return attachments().where(DELIVERABLE_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(AttachmentRepository::toAttachment);
    }

    Optional<String> findStorageKey(long attachmentId) {
        return dsl.select(DELIVERABLE_ATTACHMENT.STORAGE_KEY).from(DELIVERABLE_ATTACHMENT)
                .where(DELIVERABLE_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(DELIVERABLE_ATTACHMENT.STORAGE_KEY);
    }

    boolean markRemoved(long attachmentId, long userId, Instant now) {
        return dsl.update(DELIVERABLE_ATTACHMENT)
                .set(DELIVERABLE_ATTACHMENT.REMOVED_AT, now)
                .set(DELIVERABLE_ATTACHMENT.REMOVED_BY, userId)
                .where(DELIVERABLE_ATTACHMENT.ID.eq(attachmentId))
                .and(DELIVERABLE_ATTACHMENT.REMOVED_AT.isNull())
                .execute() == 1;
    }

    private org.jooq.SelectOnConditionStep<Record> attachments() {
        return dsl.select(DELIVERABLE_ATTACHMENT.fields()).select(APP_USER.DISPLAY_NAME)
                .from(DELIVERABLE_ATTACHMENT)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(DELIVERABLE_ATTACHMENT.UPLOADED_BY));
    }

    private static DeliverableAttachment toAttachment(Record r) {
        return new DeliverableAttachment(r.get(DELIVERABLE_ATTACHMENT.ID), r.get(DELIVERABLE_ATTACHMENT.DELIVERABLE_ID),
                r.get(DELIVERABLE_ATTACHMENT.LABEL), r.get(DELIVERABLE_ATTACHMENT.ORIGINAL_FILENAME),
                r.get(DELIVERABLE_ATTACHMENT.CONTENT_TYPE), r.get(DELIVERABLE_ATTACHMENT.SIZE_BYTES),
                r.get(DELIVERABLE_ATTACHMENT.SHA256), r.get(APP_USER.DISPLAY_NAME),
                r.get(DELIVERABLE_ATTACHMENT.UPLOADED_AT), r.get(DELIVERABLE_ATTACHMENT.REMOVED_AT),
                r.get(DELIVERABLE_ATTACHMENT.FILE_DELETED_AT));
    }
}
