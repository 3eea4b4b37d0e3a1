package org.pledgetrack.core.pledge;

import static org.jooq.impl.DSL.selectCount;
import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.ITEM_COMMENT;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_STATUS_CHANGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_TARGET_CHANGE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.springframework.stereotype.Repository;

/** Pledge items: their progress fields and status changes. */
@Repository
class ItemRepository {

    private static final Field<Integer> EVIDENCE_COUNT = selectCount().from(EVIDENCE)
            .where(EVIDENCE.PLEDGE_ITEM_ID.eq(PLEDGE_ITEM.ID)).and(EVIDENCE.REMOVED_AT.isNull())
            .asField("evidence_count");
    private static final Field<Integer> OPEN_COMMENTS = selectCount().from(ITEM_COMMENT)
            .where(ITEM_COMMENT.PLEDGE_ITEM_ID.eq(PLEDGE_ITEM.ID)).and(ITEM_COMMENT.RESOLVED.isFalse())
            .asField("open_comments");

    private final DSLContext dsl;

    ItemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<PledgeItem> findItem(long itemId) {
        return items().where(PLEDGE_ITEM.ID.eq(itemId)).fetchOptional(ItemRepository::toItem);
    }

    /** How often the item has been moved to {@code status}: numbers each submission and return. */
    int countChangesTo(long itemId, ItemStatus status) {
        return dsl.fetchCount(PLEDGE_ITEM_STATUS_CHANGE, PLEDGE_ITEM_STATUS_CHANGE.PLEDGE_ITEM_ID.eq(itemId)
                .and(PLEDGE_ITEM_STATUS_CHANGE.TO_STATUS.eq(status.name())));
    }

    /**
     * Who saved the item last and when, by a locking read. A plain read inside a transaction that
     * has already read the item sees its snapshot (REPEATABLE READ), i.e. the item as it was before
     * the save that beat ours; the locking read sees the committed row.
     */
    LastChange findLastChange(long itemId) {
        var row = dsl.select(PLEDGE_ITEM.UPDATED_BY, PLEDGE_ITEM.UPDATED_AT).from(PLEDGE_ITEM)
                .where(PLEDGE_ITEM.ID.eq(itemId))
                .forUpdate()
                .fetchSingle();
        String name = row.value1() == null ? null : dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.ID.eq(row.value1())).fetchOne(APP_USER.DISPLAY_NAME);
        return new LastChange(name, row.value2());
    }

    record LastChange(String byName, Instant at) {
    }

    /** The pledge's items in catalog order. */
    List<PledgeItem> findItems(long pledgeId) {
        return items().where(PLEDGE_ITEM.PLEDGE_ID.eq(pledgeId)).orderBy(CATALOG_ITEM.NUMBER).fetch(ItemRepository::toItem);
    }

    /**
     * Submitted items of active pledges of these agencies (all when null) that match the filter,
     * longest waiting first. Only items submitted before {@code submittedBefore} (null: any time),
     * which is when the filter's days of waiting begin ({@link DayCount#waitedAtLeastIfBefore}).
     */
    List<PledgeItem> findSubmittedItems(Collection<Long> agencyIds, ReviewQueueFilter filter, Instant submittedBefore) {
        Condition scope = PLEDGE_ITEM.STATUS.eq(ItemStatus.SUBMITTED.name())
                .and(PLEDGE.STATUS.eq(PledgeStatus.ACTIVE.name()));
        if (agencyIds != null) {
            scope = scope.and(PLEDGE.AGENCY_ID.in(agencyIds));
        }
        if (filter.agencyId() != null) {
            scope = scope.and(PLEDGE.AGENCY_ID.eq(filter.agencyId()));
        }
        if (filter.focusAreaPosition() != null) {
            scope = scope.and(FOCUS_AREA.POSITION.eq(filter.focusAreaPosition()));
        }
        if (submittedBefore != null) {
            scope = scope.and(PLEDGE_ITEM.SUBMITTED_AT.lt(submittedBefore));
        }
        return items().where(scope).orderBy(PLEDGE_ITEM.SUBMITTED_AT, PLEDGE_ITEM.ID).fetch(ItemRepository::toItem);
    }

    /** The reason of the item's latest return, with who returned it and when; empty if it was never returned. */
    Optional<ReturnNote> findLatestReturn(long itemId) {
        return dsl.select(PLEDGE_ITEM_STATUS_CHANGE.REASON, APP_USER.DISPLAY_NAME, PLEDGE_ITEM_STATUS_CHANGE.CHANGED_AT)
                .from(PLEDGE_ITEM_STATUS_CHANGE)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(PLEDGE_ITEM_STATUS_CHANGE.CHANGED_BY))
                .where(PLEDGE_ITEM_STATUS_CHANGE.PLEDGE_ITEM_ID.eq(itemId))
                .and(PLEDGE_ITEM_STATUS_CHANGE.TO_STATUS.eq(ItemStatus.RETURNED.name()))
                .and(PLEDGE_ITEM_STATUS_CHANGE.REASON.isNotNull())
                .orderBy(PLEDGE_ITEM_STATUS_CHANGE.CHANGED_AT.desc(), PLEDGE_ITEM_STATUS_CHANGE.ID.desc())
                .limit(1)
                .fetchOptional(r -> new ReturnNote(r.value1(), r.value2(), r.value3()));
    }

    /** Saves the agency's fields if the item is still at {@code version}; returns whether it was. */
    boolean updateDetails(long itemId, int version, String ownerName, LocalDate targetOn, String notes, long userId,
                          Instant now) {
        return dsl.update(PLEDGE_ITEM)
                .set(PLEDGE_ITEM.OWNER_NAME, ownerName)
                .set(PLEDGE_ITEM.TARGET_ON, targetOn)
                .set(PLEDGE_ITEM.NOTES, notes)
                .set(PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT, now)
                .set(PLEDGE_ITEM.VERSION, PLEDGE_ITEM.VERSION.plus(1))
                .set(PLEDGE_ITEM.UPDATED_BY, userId)
                .set(PLEDGE_ITEM.UPDATED_AT, now)
                .where(PLEDGE_ITEM.ID.eq(itemId)).and(PLEDGE_ITEM.VERSION.eq(version))
                .execute() == 1;
    }

    /** Moves the item to {@code status} if it is still at {@code version}; returns whether it was. */
    boolean updateStatus(long itemId, int version, ItemStatus status, boolean byAgency, long userId, Instant now) {
        var update = dsl.update(PLEDGE_ITEM)
                .set(PLEDGE_ITEM.STATUS, status.name())
                .set(PLEDGE_ITEM.VERSION, PLEDGE_ITEM.VERSION.plus(1))
                .set(PLEDGE_ITEM.UPDATED_BY, userId)
                .set(PLEDGE_ITEM.UPDATED_AT, now)
                .set(PLEDGE_ITEM.VERIFIED_AT, status == ItemStatus.VERIFIED ? now : null);
        if (status == ItemStatus.SUBMITTED) {
            update = update.set(PLEDGE_ITEM.SUBMITTED_AT, now);
        }
        if (byAgency) {
            update = update.set(PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT, now);
        }
        return update.where(PLEDGE_ITEM.ID.eq(itemId)).and(PLEDGE_ITEM.VERSION.eq(version)).execute() == 1;
    }

    void insertStatusChange(long itemId, ItemStatus from, ItemStatus to, String reason, long userId, Instant now) {
        dsl.insertInto(PLEDGE_ITEM_STATUS_CHANGE)
                .set(PLEDGE_ITEM_STATUS_CHANGE.PLEDGE_ITEM_ID, itemId)
                .set(PLEDGE_ITEM_STATUS_CHANGE.FROM_STATUS, from.name())
                .set(PLEDGE_ITEM_STATUS_CHANGE.TO_STATUS, to.name())
                .set(PLEDGE_ITEM_STATUS_CHANGE.REASON, reason)
                .set(PLEDGE_ITEM_STATUS_CHANGE.CHANGED_BY, userId)
                .set(PLEDGE_ITEM_STATUS_CHANGE.CHANGED_AT, now)
                .execute();
    }

    /**
     * Records a new own target date (null: cleared) in the item's target history, which the status
     * snapshot of a past date reads.
     */
    void insertTargetChange(long itemId, LocalDate targetOn, long userId, Instant now) {
        dsl.insertInto(PLEDGE_ITEM_TARGET_CHANGE)
                .set(PLEDGE_ITEM_TARGET_CHANGE.PLEDGE_ITEM_ID, itemId)
                .set(PLEDGE_ITEM_TARGET_CHANGE.TARGET_ON, targetOn)
                .set(PLEDGE_ITEM_TARGET_CHANGE.CHANGED_BY, userId)
                .set(PLEDGE_ITEM_TARGET_CHANGE.CHANGED_AT, now)
                .execute();
    }

    /** Marks agency activity without changing the item's version (evidence and comments are separate records). */
    void touchAgencyActivity(long itemId, Instant now) {
        dsl.update(PLEDGE_ITEM).set(PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT, now).where(PLEDGE_ITEM.ID.eq(itemId)).execute();
    }

    private SelectOnConditionStep<Record> items() {
        return dsl.select(PLEDGE_ITEM.fields()).select(PLEDGE.STATUS, PLEDGE.AGENCY_ID, CATALOG_ITEM.FOCUS_AREA_ID, FOCUS_AREA.NAME,
                        CATALOG_ITEM.NUMBER,
                        CATALOG_ITEM.TITLE, CATALOG_ITEM.DESCRIPTION, APP_USER.DISPLAY_NAME, EVIDENCE_COUNT,
                        OPEN_COMMENTS)
                .from(PLEDGE_ITEM)
                .join(PLEDGE).on(PLEDGE.ID.eq(PLEDGE_ITEM.PLEDGE_ID))
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .join(FOCUS_AREA).on(FOCUS_AREA.ID.eq(CATALOG_ITEM.FOCUS_AREA_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(PLEDGE_ITEM.UPDATED_BY));
    }

    private static PledgeItem toItem(Record r) {
        return new PledgeItem(r.get(PLEDGE_ITEM.ID), r.get(PLEDGE_ITEM.PLEDGE_ID),
                PledgeStatus.valueOf(r.get(PLEDGE.STATUS)), r.get(PLEDGE.AGENCY_ID), r.get(CATALOG_ITEM.ID),
                r.get(CATALOG_ITEM.FOCUS_AREA_ID), r.get(FOCUS_AREA.NAME), r.get(CATALOG_ITEM.NUMBER), r.get(CATALOG_ITEM.TITLE),
                r.get(CATALOG_ITEM.DESCRIPTION), ItemStatus.valueOf(r.get(PLEDGE_ITEM.STATUS)),
                r.get(PLEDGE_ITEM.OWNER_NAME), r.get(PLEDGE_ITEM.TARGET_ON), r.get(PLEDGE_ITEM.NOTES),
                r.get(PLEDGE_ITEM.VERSION), r.get(APP_USER.DISPLAY_NAME), r.get(PLEDGE_ITEM.UPDATED_AT),
                r.get(PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT), r.get(PLEDGE_ITEM.SUBMITTED_AT),
                r.get(EVIDENCE_COUNT), r.get(OPEN_COMMENTS));
    }
}
