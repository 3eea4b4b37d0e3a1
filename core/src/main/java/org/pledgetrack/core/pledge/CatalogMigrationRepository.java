package org.pledgetrack.core.pledge;

import static org.pledgetrack.db.Tables.CATALOG_VERSION;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.ITEM_COMMENT;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_CATALOG_MIGRATION;
import static org.pledgetrack.db.Tables.PLEDGE_CATALOG_MIGRATION_ITEM;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_STATUS_CHANGE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The reads and writes of moving a pledge from one catalog version to another. */
@Repository
class CatalogMigrationRepository {

    /** A pledge to migrate and the version it is on. */
    record MigratedPledge(long id, long agencyId, String agencyName, long catalogVersionId) {
    }

    /** One of the pledge's items and whether anything was recorded on it. */
    record ItemWork(long pledgeItemId, long catalogItemId, ItemStatus status, boolean hasWork) {
    }

    private final DSLContext dsl;

    CatalogMigrationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<MigratedPledge> findPledge(long pledgeId) {
        return pledge(pledgeId).fetchOptional(CatalogMigrationRepository::toPledge);
    }

    /** The pledge, its row locked, so that two migrations (or a migration and a pledge edit) take turns. */
    Optional<MigratedPledge> lockPledge(long pledgeId) {
        return pledge(pledgeId).forUpdate().fetchOptional(CatalogMigrationRepository::toPledge);
    }

    private org.jooq.SelectConditionStep<org.jooq.Record4<Long, Long, String, Long>> pledge(long pledgeId) {
        return dsl.select(PLEDGE.ID, PLEDGE.AGENCY_ID, ORGANIZATION.NAME, PLEDGE.CATALOG_VERSION_ID)
                .from(PLEDGE).join(ORGANIZATION).on(ORGANIZATION.ID.eq(PLEDGE.AGENCY_ID))
                .where(PLEDGE.ID.eq(pledgeId));
    }

    private static MigratedPledge toPledge(org.jooq.Record4<Long, Long, String, Long> r) {
        return new MigratedPledge(r.value1(), r.value2(), r.value3(), r.value4());
    }

    /**
     * The pledge's items with whether anything is recorded on them: a status past not started, an owner,
     * target date or notes, evidence, a comment, or a status change.
     */
    List<ItemWork> findItemWork(long pledgeId) {
        var hasWork = PLEDGE_ITEM.STATUS.ne(ItemStatus.NOT_STARTED.name())
                .or(PLEDGE_ITEM.OWNER_NAME.isNotNull()).or(PLEDGE_ITEM.TARGET_ON.isNotNull())
                .or(PLEDGE_ITEM.NOTES.isNotNull())
                .or(DSL.exists(DSL.selectOne().from(EVIDENCE).where(EVIDENCE.PLEDGE_ITEM_ID.eq(PLEDGE_ITEM.ID))))
                .or(DSL.exists(DSL.selectOne().from(ITEM_COMMENT).where(ITEM_COMMENT.PLEDGE_ITEM_ID.eq(PLEDGE_ITEM.ID))))
                .or(DSL.exists(DSL.selectOne().from(PLEDGE_ITEM_STATUS_CHANGE)
                        .where(PLEDGE_ITEM_STATUS_CHANGE.PLEDGE_ITEM_ID.eq(PLEDGE_ITEM.ID))));
        return dsl.select(PLEDGE_ITEM.ID, PLEDGE_ITEM.CATALOG_ITEM_ID, PLEDGE_ITEM.STATUS, DSL.field(hasWork))
                .from(PLEDGE_ITEM).where(PLEDGE_ITEM.PLEDGE_ID.eq(pledgeId))
                .fetch(r -> new ItemWork(r.value1(), r.value2(), ItemStatus.valueOf(r.value3()),
                        Boolean.TRUE.equals(r.value4())));
    }

    long insertMigration(long pledgeId, long fromVersionId, long toVersionId, long userId, Instant now) {
        return dsl.insertInto(PLEDGE_CATALOG_MIGRATION)
                .set(PLEDGE_CATALOG_MIGRATION.PLEDGE_ID, pledgeId)
                .set(PLEDGE_CATALOG_MIGRATION.FROM_VERSION_ID, fromVersionId)
                .set(PLEDGE_CATALOG_MIGRATION.TO_VERSION_ID, toVersionId)
                .set(PLEDGE_CATALOG_MIGRATION.MIGRATED_BY, userId)
                .set(PLEDGE_CATALOG_MIGRATION.MIGRATED_AT, now)
                .returning(PLEDGE_CATALOG_MIGRATION.ID).fetchOne(PLEDGE_CATALOG_MIGRATION.ID);
    }

    /** Points the item at the new version's item; its id, and so everything recorded on it, stays. */
    void moveItem(long migrationId, long pledgeItemId, long fromCatalogItemId, long toCatalogItemId, long userId,
                  Instant now) {
        dsl.update(PLEDGE_ITEM)
                .set(PLEDGE_ITEM.CATALOG_ITEM_ID, toCatalogItemId)
                .set(PLEDGE_ITEM.VERSION, PLEDGE_ITEM.VERSION.plus(1))
                .set(PLEDGE_ITEM.UPDATED_BY, userId)
                .set(PLEDGE_ITEM.UPDATED_AT, now)
                .where(PLEDGE_ITEM.ID.eq(pledgeItemId)).execute();
        line(migrationId, pledgeItemId, fromCatalogItemId, toCatalogItemId);
    }

    /** A new version's item that no old item maps to: it starts not started. */
    long addItem(long migrationId, long pledgeId, long toCatalogItemId, long userId, Instant now) {
        long id = dsl.insertInto(PLEDGE_ITEM)
                .set(PLEDGE_ITEM.PLEDGE_ID, pledgeId)
                .set(PLEDGE_ITEM.CATALOG_ITEM_ID, toCatalogItemId)
                .set(PLEDGE_ITEM.STATUS, ItemStatus.NOT_STARTED.name())
                .set(PLEDGE_ITEM.UPDATED_BY, userId)
                .set(PLEDGE_ITEM.UPDATED_AT, now)
                .returning(PLEDGE_ITEM.ID).fetchOne(PLEDGE_ITEM.ID);
        line(migrationId, id, null, toCatalogItemId);
        return id;
    }

    /** An old item with nothing recorded on it and no place in the new version. */
    void deleteUntouchedItem(long pledgeItemId) {
        dsl.deleteFrom(PLEDGE_ITEM).where(PLEDGE_ITEM.ID.eq(pledgeItemId)).execute();
    }

    void setVersion(long pledgeId, long toVersionId, Instant now) {
        dsl.update(PLEDGE)
                .set(PLEDGE.CATALOG_VERSION_ID, toVersionId)
                .set(PLEDGE.VERSION, PLEDGE.VERSION.plus(1))
                .set(PLEDGE.UPDATED_AT, now)
                .where(PLEDGE.ID.eq(pledgeId)).execute();
    }

    /** Pledges on another version than the given one, for the admin's migration list. */
    List<PledgeOnVersion> findPledgesNotOn(long versionId) {
        return dsl.select(PLEDGE.ID, ORGANIZATION.NAME, ORGANIZATION.STATE, PLEDGE.STATUS, CATALOG_VERSION.ID,
                        CATALOG_VERSION.CODE)
                .from(PLEDGE).join(ORGANIZATION).on(ORGANIZATION.ID.eq(PLEDGE.AGENCY_ID))
                .join(CATALOG_VERSION).on(CATALOG_VERSION.ID.eq(PLEDGE.CATALOG_VERSION_ID))
                .where(PLEDGE.CATALOG_VERSION_ID.ne(versionId))
                .orderBy(ORGANIZATION.NAME, PLEDGE.ID)
                .fetch(r -> new PledgeOnVersion(r.value1(), r.value2(), r.value3(), PledgeStatus.valueOf(r.value4()),
                        r.value5(), r.value6()));
    }

    private void line(long migrationId, long pledgeItemId, Long fromCatalogItemId, long toCatalogItemId) {
        dsl.insertInto(PLEDGE_CATALOG_MIGRATION_ITEM)
                .set(PLEDGE_CATALOG_MIGRATION_ITEM.MIGRATION_ID, migrationId)
                .set(PLEDGE_CATALOG_MIGRATION_ITEM.PLEDGE_ITEM_ID, pledgeItemId)
                .set(PLEDGE_CATALOG_MIGRATION_ITEM.FROM_CATALOG_ITEM_ID, fromCatalogItemId)
                .set(PLEDGE_CATALOG_MIGRATION_ITEM.TO_CATALOG_ITEM_ID, toCatalogItemId)
                .execute();
    }
}
