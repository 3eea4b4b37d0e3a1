package org.pledgetrack.core.files;

import static org.pledgetrack.db.Tables.ACTION_PLAN_DIAGRAM;
import static org.pledgetrack.db.Tables.ATTACHMENT;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Removed evidence files and attachments whose bytes are still kept. */
@Repository
class RemovedFileRepository {

    private final DSLContext dsl;

    RemovedFileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Files removed at or before {@code cutoff} whose bytes are still kept, oldest removal first, at
     * most {@code limit} of each kind. "At or": a server or driver that keeps whole seconds stores a
     * removal and a cutoff in the same second as equal, and an undo period of zero must still delete.
     */
    List<RemovedFile> findRemovedBy(Instant cutoff, int limit) {
        List<RemovedFile> evidence = dsl.select(EVIDENCE.ID, EVIDENCE.STORAGE_KEY, EVIDENCE.ORIGINAL_FILENAME,
                        EVIDENCE.SHA256, EVIDENCE.PLEDGE_ITEM_ID, PLEDGE.AGENCY_ID)
                .from(EVIDENCE)
                .join(PLEDGE_ITEM).on(PLEDGE_ITEM.ID.eq(EVIDENCE.PLEDGE_ITEM_ID))
                .join(PLEDGE).on(PLEDGE.ID.eq(PLEDGE_ITEM.PLEDGE_ID))
                .where(EVIDENCE.REMOVED_AT.le(cutoff)).and(EVIDENCE.STORAGE_KEY.isNotNull())
                .and(EVIDENCE.FILE_DELETED_AT.isNull())
                .orderBy(EVIDENCE.REMOVED_AT).limit(limit)
                .fetch(r -> new RemovedFile(RemovedFile.Kind.EVIDENCE, r.value1(), r.value2(), r.value3(), r.value4(),
                        "PLEDGE_ITEM", r.value5(), r.value6()));
        List<RemovedFile> attachments = dsl.select(ATTACHMENT.ID, ATTACHMENT.STORAGE_KEY, ATTACHMENT.ORIGINAL_FILENAME,
                        ATTACHMENT.SHA256, ATTACHMENT.OWNER)
                .from(ATTACHMENT)
                .where(ATTACHMENT.REMOVED_AT.le(cutoff)).and(ATTACHMENT.FILE_DELETED_AT.isNull())
                .orderBy(ATTACHMENT.REMOVED_AT).limit(limit)
                .fetch(r -> new RemovedFile(RemovedFile.Kind.ATTACHMENT, r.value1(), r.value2(), r.value3(), r.value4(),
                        attachmentAuditEntity(r.value5()), r.value1(), null));
        List<RemovedFile> diagrams = dsl.select(ACTION_PLAN_DIAGRAM.ID, ACTION_PLAN_DIAGRAM.STORAGE_KEY,
                        ACTION_PLAN_DIAGRAM.ORIGINAL_FILENAME, ACTION_PLAN_DIAGRAM.SHA256)
                .from(ACTION_PLAN_DIAGRAM)
                .where(ACTION_PLAN_DIAGRAM.REMOVED_AT.le(cutoff)).and(ACTION_PLAN_DIAGRAM.FILE_DELETED_AT.isNull())
                .orderBy(ACTION_PLAN_DIAGRAM.REMOVED_AT).limit(limit)
                .fetch(r -> new RemovedFile(RemovedFile.Kind.ACTION_PLAN_DIAGRAM, r.value1(), r.value2(), r.value3(),
                        r.value4(), "ACTION_PLAN_DIAGRAM", r.value1(), null));
        return Stream.of(evidence, attachments, diagrams).flatMap(List::stream).toList();
    }

    /** Whether another evidence row still keeps the file's bytes (one document attached to several items). */
    boolean stillKept(RemovedFile file) {
        return file.kind() == RemovedFile.Kind.EVIDENCE && dsl.fetchExists(EVIDENCE,
                EVIDENCE.STORAGE_KEY.eq(file.storageKey()).and(EVIDENCE.FILE_DELETED_AT.isNull()));
    }

    /**
     * Records that the file's bytes are deleted, unless it was restored (or already deleted) since it was
     * found; returns whether the row changed, and so whether the bytes may go.
     */
    boolean markDeleted(RemovedFile file, Instant cutoff, Instant now) {
        return switch (file.kind()) {
            case EVIDENCE -> dsl.update(EVIDENCE).set(EVIDENCE.FILE_DELETED_AT, now)
                    .where(EVIDENCE.ID.eq(file.id())).and(EVIDENCE.REMOVED_AT.le(cutoff))
                    .and(EVIDENCE.FILE_DELETED_AT.isNull()).execute() == 1;
            case ATTACHMENT -> dsl.update(ATTACHMENT).set(ATTACHMENT.FILE_DELETED_AT, now)
                    .where(ATTACHMENT.ID.eq(file.id())).and(ATTACHMENT.REMOVED_AT.le(cutoff))
                    .and(ATTACHMENT.FILE_DELETED_AT.isNull()).execute() == 1;
            case ACTION_PLAN_DIAGRAM -> dsl.update(ACTION_PLAN_DIAGRAM).set(ACTION_PLAN_DIAGRAM.FILE_DELETED_AT, now)
                    .where(ACTION_PLAN_DIAGRAM.ID.eq(file.id())).and(ACTION_PLAN_DIAGRAM.REMOVED_AT.le(cutoff))
                    .and(ACTION_PLAN_DIAGRAM.FILE_DELETED_AT.isNull()).execute() == 1;
        };
    }

    /** The audit entity an attachment's history is kept under, by what it is attached to. */
    private static String attachmentAuditEntity(String owner) {
        return "PROGRESS_REPORT".equals(owner) ? "GRANTEE_REPORT_ATTACHMENT" : "DELIVERABLE_ATTACHMENT";
    }
}
