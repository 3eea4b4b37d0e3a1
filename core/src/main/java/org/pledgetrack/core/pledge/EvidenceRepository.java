package org.pledgetrack.core.pledge;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.pledgetrack.core.files.StoredFile;
import org.pledgetrack.db.tables.AppUser;
import org.springframework.stereotype.Repository;

/** Evidence rows; files themselves are in the {@link org.pledgetrack.core.files.FileStore}. */
@Repository
public class EvidenceRepository {

    private static final AppUser UPLOADER = APP_USER.as("uploader");
    private static final AppUser REMOVER = APP_USER.as("remover");
    /** The document a row belongs to: the row it was attached from, or itself. */
    private static final Field<Long> DOCUMENT_OF = DSL.coalesce(EVIDENCE.ATTACHED_FROM_ID, EVIDENCE.ID);
    private static final Field<Long> DOCUMENT = DOCUMENT_OF.as("document_id");

    private final DSLContext dsl;

    EvidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored file as evidence of the item, uploaded by the user at {@code now} (the service and the demo data). */
    public long insertFile(long itemId, StoredFile file, String description, EvidenceDates dates, long userId, Instant now) {
        return dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.PLEDGE_ITEM_ID, itemId)
                .set(EVIDENCE.KIND, Evidence.EvidenceKind.FILE.name())
                .set(EVIDENCE.ORIGINAL_FILENAME, file.originalFilename())
                .set(EVIDENCE.CONTENT_TYPE, file.contentType())
                .set(EVIDENCE.SIZE_BYTES, file.size())
                .set(EVIDENCE.SHA256, file.sha256())
                .set(EVIDENCE.STORAGE_KEY, file.storageKey())
                .set(EVIDENCE.DESCRIPTION, description)
                .set(EVIDENCE.EFFECTIVE_ON, dates.effectiveOn())
                .set(EVIDENCE.REVIEW_BY, dates.reviewBy())
                .set(EVIDENCE.UPLOADED_BY, userId)
                .set(EVIDENCE.UPLOADED_AT, now)
                .returning(EVIDENCE.ID).fetchOne(EVIDENCE.ID);
    }

    long insertLink(long itemId, String url, String description, EvidenceDates dates, long userId, Instant now) {
        return dsl.insertInto(EVIDENCE)
                .set(EVIDENCE.PLEDGE_ITEM_ID, itemId)
                .set(EVIDENCE.KIND, Evidence.EvidenceKind.LINK.name())
                .set(EVIDENCE.URL, url)
                .set(EVIDENCE.DESCRIPTION, description)
                .set(EVIDENCE.EFFECTIVE_ON, dates.effectiveOn())
                .set(EVIDENCE.REVIEW_BY, dates.reviewBy())
                .set(EVIDENCE.UPLOADED_BY, userId)
                .set(EVIDENCE.UPLOADED_AT, now)
                .returning(EVIDENCE.ID).fetchOne(EVIDENCE.ID);
    }

    /**
     * Adds the document of an existing row to another item: a new row with the same file (its storage key, so
     * one stored file) or link, description and dates, that names the document's first row.
     */
    long insertAttached(long itemId, long sourceEvidenceId, long userId, Instant now) {
        return dsl.insertInto(EVIDENCE, EVIDENCE.PLEDGE_ITEM_ID, EVIDENCE.KIND, EVIDENCE.ORIGINAL_FILENAME,
                        EVIDENCE.CONTENT_TYPE, EVIDENCE.SIZE_BYTES, EVIDENCE.SHA256, EVIDENCE.STORAGE_KEY, EVIDENCE.URL,
                        EVIDENCE.DESCRIPTION, EVIDENCE.EFFECTIVE_ON, EVIDENCE.REVIEW_BY, EVIDENCE.ATTACHED_FROM_ID,
                        EVIDENCE.UPLOADED_BY, EVIDENCE.UPLOADED_AT)
                .select(dsl.select(DSL.val(itemId), EVIDENCE.KIND, EVIDENCE.ORIGINAL_FILENAME, EVIDENCE.CONTENT_TYPE,
                                EVIDENCE.SIZE_BYTES, EVIDENCE.SHA256, EVIDENCE.STORAGE_KEY, EVIDENCE.URL,
                                EVIDENCE.DESCRIPTION, EVIDENCE.EFFECTIVE_ON, EVIDENCE.REVIEW_BY, DOCUMENT_OF,
                                DSL.val(userId), DSL.val(now, EVIDENCE.UPLOADED_AT))
                        .from(EVIDENCE).where(EVIDENCE.ID.eq(sourceEvidenceId)))
                .returning(EVIDENCE.ID).fetchOne(EVIDENCE.ID);
    }

    /** Whether the item keeps (not removed) a row of the document. */
    boolean itemKeepsDocument(long itemId, long documentId) {
        return dsl.fetchExists(EVIDENCE, EVIDENCE.PLEDGE_ITEM_ID.eq(itemId).and(DOCUMENT_OF.eq(documentId))
                .and(EVIDENCE.REMOVED_AT.isNull()));
    }

    /**
     * The pledge's evidence that the item could take too: kept (not removed) on the pledge's other items, one row
     * per document, leaving out the documents the item already keeps.
     */
    List<Evidence> findAttachableTo(long itemId) {
        var item = PLEDGE_ITEM.as("target");
        var kept = EVIDENCE.as("kept");
        var documentOfKept = DSL.coalesce(kept.ATTACHED_FROM_ID, kept.ID);
        List<Evidence> candidates = evidence()
                .join(PLEDGE_ITEM).on(PLEDGE_ITEM.ID.eq(EVIDENCE.PLEDGE_ITEM_ID))
                .join(item).on(item.PLEDGE_ID.eq(PLEDGE_ITEM.PLEDGE_ID))
                .where(item.ID.eq(itemId)).and(EVIDENCE.PLEDGE_ITEM_ID.ne(itemId)).and(EVIDENCE.REMOVED_AT.isNull())
                .andNotExists(DSL.selectOne().from(kept).where(kept.PLEDGE_ITEM_ID.eq(itemId))
                        .and(kept.REMOVED_AT.isNull()).and(documentOfKept.eq(DOCUMENT_OF)))
                .orderBy(EVIDENCE.UPLOADED_AT, EVIDENCE.ID)
                .fetch(EvidenceRepository::toEvidence);
        java.util.Map<Long, Evidence> onePerDocument = new java.util.LinkedHashMap<>();
        candidates.forEach(e -> onePerDocument.putIfAbsent(e.documentId(), e));
        return withOtherItems(List.copyOf(onePerDocument.values()));
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
        return withOtherItems(evidence().where(EVIDENCE.PLEDGE_ITEM_ID.eq(itemId))
                .orderBy(EVIDENCE.UPLOADED_AT, EVIDENCE.ID).fetch(EvidenceRepository::toEvidence));
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

    /** Each row with the numbers of the pledge's other items that keep the same document. */
    private List<Evidence> withOtherItems(List<Evidence> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        var documents = rows.stream().map(Evidence::documentId).distinct().toList();
        var holders = dsl.select(DOCUMENT, EVIDENCE.PLEDGE_ITEM_ID, CATALOG_ITEM.NUMBER)
                .from(EVIDENCE)
                .join(PLEDGE_ITEM).on(PLEDGE_ITEM.ID.eq(EVIDENCE.PLEDGE_ITEM_ID))
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .where(DOCUMENT_OF.in(documents)).and(EVIDENCE.REMOVED_AT.isNull())
                .orderBy(CATALOG_ITEM.NUMBER)
                .fetch();
        return rows.stream().map(row -> row.alsoOn(holders.stream()
                        .filter(h -> h.value1().equals(row.documentId()) && h.value2() != row.pledgeItemId())
                        .map(h -> h.value3()).distinct().toList()))
                .toList();
    }

    private SelectOnConditionStep<Record> evidence() {
        return dsl.select(EVIDENCE.fields()).select(UPLOADER.DISPLAY_NAME, REMOVER.DISPLAY_NAME, DOCUMENT)
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
                r.get(EVIDENCE.FILE_DELETED_AT), r.get(EVIDENCE.EFFECTIVE_ON), r.get(EVIDENCE.REVIEW_BY),
                r.get(DOCUMENT), List.of());
    }
}
