package org.pledgetrack.core.pledge;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.EVIDENCE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.pledgetrack.core.files.StoredFile;
import org.pledgetrack.db.tables.AppUser;
import org.springframework.stereotype.Repository;

/** Evidence rows; files themselves are in the {@link org.pledgetrack.core.files.FileStore}. */
@Repository
public class EvidenceRepository {

    private static final AppUser UPLOADER = APP_USER.as("uploader");
    private static final AppUser REMOVER = APP_USER.as("remover");

    private final DSLContext dsl;

    EvidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored file as evidence of the item, uploaded by the user at {@code now} (the service and the demo data). */
    public long insertFile(long itemId, StoredFile file, String description, long userId, Instant now) {
        return dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.PLEDGE_ITEM_ID, itemId)
                .set(EVIDENCE.KIND, Evidence.EvidenceKind.FILE.name())
                .set(EVIDENCE.ORIGINAL_FILENAME, file.originalFilename())
                .set(EVIDENCE.CONTENT_TYPE, file.contentType())
                .set(EVIDENCE.SIZE_BYTES, file.size())
                .set(EVIDENCE.SHA256, file.sha256())
                .set(EVIDENCE.STORAGE_KEY, file.storageKey())
                .set(EVIDENCE.DESCRIPTION, description)
                .set(EVIDENCE.UPLOADED_BY, userId)
                .set(EVIDENCE.UPLOADED_AT, now)
                .returning(EVIDENCE.ID).fetchOne(EVIDENCE.ID);
    }

    long insertLink(long itemId, String url, String description, long userId, Instant now) {
        return dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.PLEDGE_ITEM_ID, itemId)
                .set(EVIDENCE.KIND, Evidence.EvidenceKind.LINK.name())
                .set(EVIDENCE.URL, url)
                .set(EVIDENCE.DESCRIPTION, description)
                .set(EVIDENCE.UPLOADED_BY, userId)
                .set(EVIDENCE.UPLOADED_AT, now)
                .returning(EVIDENCE.ID).fetchOne(EVIDENCE.ID);
    }

    Optional<Evidence> findEvidence(long evidenceId) {
        return evidence().where(EVIDENCE.ID.eq(evidenceId)).fetchOptional(EvidenceRepository::toEvidence);
    }

    Optional<String> findStorageKey(long evidenceId) {
        return dsl.select(EVIDENCE.STORAGE_KEY).from(EVIDENCE).where(EVIDENCE.ID.eq(evidenceId))
                .fetchOptional(EVIDENCE.STORAGE_KEY);
    }

    /** All evidence of the item, removed included, oldest first. */
    List<Evidence> findForItem(long itemId) {
        return evidence().where(EVIDENCE.PLEDGE_ITEM_ID.eq(itemId)).orderBy(EVIDENCE.UPLOADED_AT, EVIDENCE.ID)
                .fetch(EvidenceRepository::toEvidence);
    }

    /** Evidence not removed, of several items at once (for the review queue). */
    List<Evidence> findActiveForItems(Collection<Long> itemIds) {
        return evidence().where(EVIDENCE.PLEDGE_ITEM_ID.in(itemIds)).and(EVIDENCE.REMOVED_AT.isNull())
                .orderBy(EVIDENCE.UPLOADED_AT, EVIDENCE.ID).fetch(EvidenceRepository::toEvidence);
    }

    int countActive(long itemId) {
        return dsl.fetchCount(EVIDENCE, EVIDENCE.PLEDGE_ITEM_ID.eq(itemId).and(EVIDENCE.REMOVED_AT.isNull()));
    }

    /** Marks it removed unless it already is; returns whether it changed. */
    boolean markRemoved(long evidenceId, String reason, long userId, Instant now) {
        return dsl.update(EVIDENCE)
                .set(EVIDENCE.REMOVED_AT, now)
                .set(EVIDENCE.REMOVED_BY, userId)
                .set(EVIDENCE.REMOVED_REASON, reason)
                .where(EVIDENCE.ID.eq(evidenceId)).and(EVIDENCE.REMOVED_AT.isNull())
                .execute() == 1;
    }

    /** Brings removed evidence back; returns whether it was removed. */
    boolean restore(long evidenceId) {
        return dsl.update(EVIDENCE)
                .setNull(EVIDENCE.REMOVED_AT)
                .setNull(EVIDENCE.REMOVED_BY)
                .setNull(EVIDENCE.REMOVED_REASON)
                .where(EVIDENCE.ID.eq(evidenceId)).and(EVIDENCE.REMOVED_AT.isNotNull())
                .execute() == 1;
    }

    private SelectOnConditionStep<Record> evidence() {
        return dsl.select(EVIDENCE.fields()).select(UPLOADER.DISPLAY_NAME, REMOVER.DISPLAY_NAME)
                .from(EVIDENCE)
                .leftJoin(UPLOADER).on(UPLOADER.ID.eq(EVIDENCE.UPLOADED_BY))
                .leftJoin(REMOVER).on(REMOVER.ID.eq(EVIDENCE.REMOVED_BY));
    }

    private static Evidence toEvidence(Record r) {
        return new Evidence(r.get(EVIDENCE.ID), r.get(EVIDENCE.PLEDGE_ITEM_ID),
                Evidence.EvidenceKind.valueOf(r.get(EVIDENCE.KIND)), r.get(EVIDENCE.ORIGINAL_FILENAME),
                r.get(EVIDENCE.CONTENT_TYPE), r.get(EVIDENCE.SIZE_BYTES), r.get(EVIDENCE.SHA256), r.get(EVIDENCE.URL),
                r.get(EVIDENCE.DESCRIPTION), r.get(UPLOADER.DISPLAY_NAME), r.get(EVIDENCE.UPLOADED_AT),
                r.get(EVIDENCE.REMOVED_AT), r.get(REMOVER.DISPLAY_NAME), r.get(EVIDENCE.REMOVED_REASON),
                r.get(EVIDENCE.FILE_DELETED_AT));
    }
}
