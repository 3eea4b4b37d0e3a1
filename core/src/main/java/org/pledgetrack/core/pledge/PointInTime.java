package org.pledgetrack.core.pledge;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_STATUS_CHANGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_TARGET_CHANGE;
import static org.pledgetrack.db.Tables.PLEDGE_STATUS_CHANGE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.pledgetrack.db.tables.Pledge;
import org.pledgetrack.db.tables.PledgeItemStatusChange;
import org.pledgetrack.db.tables.PledgeItemTargetChange;
import org.pledgetrack.db.tables.PledgeStatusChange;

/**
 * What pledges and their items looked like at the end of an as-of date (UTC), read from their
 * history only: the one definition the pledge status job and the item-level report share, so that
 * a date's figures are the same whenever they are computed, today or next year. Everything counts
 * that was recorded before the cutoff, the next midnight UTC:
 * <ul>
 *   <li>an item's status is where its last status change went (none: not started), since the time
 *       of that change; its own target date is its last target change (none, or cleared: none);
 *       its last agency activity is its last change by one of the agency's moves;</li>
 *   <li>a pledge's status is where its last status change went (none: active);</li>
 *   <li>an agency's pledge on the date is its latest (by signing date, then id) signed on or before
 *       the date and created before the cutoff; withdrawn by then, the agency has no status that day.</li>
 * </ul>
 * The tables and fields are jOOQ query parts for the caller's query.
 */
public final class PointInTime {

    private final LocalDate asOf;
    private final Instant cutoff;

    private PointInTime(LocalDate asOf) {
        this.asOf = asOf;
        this.cutoff = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The state of things when the as-of date ended, UTC. */
    public static PointInTime endOf(LocalDate asOf) {
        return new PointInTime(asOf);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Each agency's pledge with a status on the date, and that status; see the class comment. */
    public record StatusPledges(Table<?> table, Field<Long> agencyId, Field<Long> pledgeId, Field<String> status,
                                Field<LocalDate> signedOn) {
    }

    /** The items of some pledges as they stood; {@code statusSince} is when the item got its status (null: never moved). */
    public record Items(Table<?> table, Field<Long> itemId, Field<Long> pledgeId, Field<Long> catalogItemId,
                        Field<String> status, Field<Instant> statusSince, Field<LocalDate> ownTarget,
                        Field<Instant> lastAgencyActivity) {
    }

    /** The pledge each agency's status on the date is about, with the pledge's status then. */
    public StatusPledges statusPledges() {
        Pledge candidate = PLEDGE.as("candidate_pledge");
        Field<Integer> latestFirst = rowNumber().over(partitionBy(candidate.AGENCY_ID)
                .orderBy(candidate.SIGNED_ON.desc(), candidate.ID.desc())).as("latest_first");
        Field<String> status = pledgeStatus(candidate.ID).as("status_then");
        Table<?> ranked = select(candidate.AGENCY_ID, candidate.ID, candidate.SIGNED_ON, latestFirst, status)
                .from(candidate)
                .where(candidate.SIGNED_ON.le(asOf)).and(candidate.CREATED_AT.lt(cutoff))
                .asTable("ranked_pledge");
        Table<?> latest = select(ranked.field(candidate.AGENCY_ID), ranked.field(candidate.ID),
                        ranked.field(candidate.SIGNED_ON), ranked.field(status))
                .from(ranked)
                .where(ranked.field(latestFirst).eq(1))
                .and(ranked.field(status).ne(inline(PledgeStatus.WITHDRAWN.name())))
                .asTable("status_pledge");
        return new StatusPledges(latest, latest.field(candidate.AGENCY_ID), latest.field(candidate.ID),
                latest.field(status), latest.field(candidate.SIGNED_ON));
    }

    /**
     * The items of the pledges {@code whichItems} selects (a condition on {@code PLEDGE_ITEM}), as
     * they stood. Each item's last status change is found by its index (item, time) and then read
     * by id, from a derived table the database materializes for the selected items only.
     */
    public Items items(Condition whichItems) {
        Field<Long> lastChangeId = lastStatusChangeId().as("last_change_id");
        Field<LocalDate> ownTarget = ownTarget().as("own_target");
        Field<Instant> lastAgencyActivity = lastAgencyActivity().as("last_agency_activity");
        Table<?> changes = select(PLEDGE_ITEM.ID, PLEDGE_ITEM.PLEDGE_ID, PLEDGE_ITEM.CATALOG_ITEM_ID, lastChangeId,
                        ownTarget, lastAgencyActivity)
                .from(PLEDGE_ITEM)
                .where(whichItems)
                .asTable("item_changes");
        PledgeItemStatusChange last = PLEDGE_ITEM_STATUS_CHANGE.as("last_status_change");
        Field<String> status = coalesce(last.TO_STATUS, inline(ItemStatus.NOT_STARTED.name())).as("status_then");
        Field<Instant> since = last.CHANGED_AT.as("status_since");
        Table<?> items = select(changes.field(PLEDGE_ITEM.ID), changes.field(PLEDGE_ITEM.PLEDGE_ID),
                        changes.field(PLEDGE_ITEM.CATALOG_ITEM_ID), status, since, changes.field(ownTarget),
                        changes.field(lastAgencyActivity))
                .from(changes)
                .leftJoin(last).on(last.ID.eq(changes.field(lastChangeId)))
                .asTable("item_then");
        return new Items(items, items.field(PLEDGE_ITEM.ID), items.field(PLEDGE_ITEM.PLEDGE_ID),
                items.field(PLEDGE_ITEM.CATALOG_ITEM_ID), items.field(status), items.field(since),
                items.field(ownTarget), items.field(lastAgencyActivity));
    }

    private Field<String> pledgeStatus(Field<Long> pledgeId) {
        PledgeStatusChange change = PLEDGE_STATUS_CHANGE.as("pledge_change");
        return coalesce(select(change.TO_STATUS).from(change)
                .where(change.PLEDGE_ID.eq(pledgeId)).and(change.CHANGED_AT.lt(cutoff))
                .orderBy(change.CHANGED_AT.desc(), change.ID.desc())
                .limit(inline(1))
                .<String>asField(), inline(PledgeStatus.ACTIVE.name()));
    }

    private Field<Long> lastStatusChangeId() {
        PledgeItemStatusChange change = PLEDGE_ITEM_STATUS_CHANGE.as("status_change");
        return select(change.ID).from(change)
                .where(change.PLEDGE_ITEM_ID.eq(PLEDGE_ITEM.ID)).and(change.CHANGED_AT.lt(cutoff))
                .orderBy(change.CHANGED_AT.desc(), change.ID.desc())
                .limit(inline(1))
                .asField();
    }

    private Field<LocalDate> ownTarget() {
        PledgeItemTargetChange change = PLEDGE_ITEM_TARGET_CHANGE.as("target_change");
        return select(change.TARGET_ON).from(change)
                .where(change.PLEDGE_ITEM_ID.eq(PLEDGE_ITEM.ID)).and(change.CHANGED_AT.lt(cutoff))
                .orderBy(change.CHANGED_AT.desc(), change.ID.desc())
                .limit(inline(1))
                .asField();
    }

    private Field<Instant> lastAgencyActivity() {
        PledgeItemStatusChange change = PLEDGE_ITEM_STATUS_CHANGE.as("agency_move");
        return select(max(change.CHANGED_AT)).from(change)
                .where(change.PLEDGE_ITEM_ID.eq(PLEDGE_ITEM.ID)).and(change.CHANGED_AT.lt(cutoff))
                .and(change.TO_STATUS.in(ItemWorkflow.statusesMovedToBy(ItemWorkflow.Actor.AGENCY).stream()
                        .map(ItemStatus::name).toList()))
                .asField();
    }
}
