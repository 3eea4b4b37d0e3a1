package org.pledgetrack.core.pledge;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.db.tables.Pledge;
import org.pledgetrack.db.tables.records.PledgeRecord;
import org.springframework.stereotype.Repository;

@Repository
public class PledgeRepository {

    private final DSLContext dsl;

    PledgeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Creates the pledge and one NOT_STARTED progress row for each item of its catalog version. */
    public long insertPledge(long agencyId, long catalogVersionId, LocalDate signedOn, Long createdBy, Instant now) {
        long pledgeId = dsl.insertInto(PLEDGE)
                .set(PLEDGE.AGENCY_ID, agencyId)
                .set(PLEDGE.CATALOG_VERSION_ID, catalogVersionId)
                .set(PLEDGE.SIGNED_ON, signedOn)
                .set(PLEDGE.TARGET_ON, PledgeSchedule.targetDate(signedOn))
                .set(PLEDGE.STATUS, PledgeStatus.ACTIVE.name())
                .set(PLEDGE.CREATED_BY, createdBy)
                .set(PLEDGE.CREATED_AT, now)
                .set(PLEDGE.UPDATED_AT, now)
                .returning(PLEDGE.ID)
                .fetchOne(PLEDGE.ID);
        dsl.insertInto(PLEDGE_ITEM, PLEDGE_ITEM.PLEDGE_ID, PLEDGE_ITEM.CATALOG_ITEM_ID, PLEDGE_ITEM.STATUS,
                        PLEDGE_ITEM.UPDATED_AT)
                .select(select(DSL.val(pledgeId), CATALOG_ITEM.ID, DSL.val(ItemStatus.NOT_STARTED.name()), DSL.val(now, PLEDGE_ITEM.UPDATED_AT))
                        .from(CATALOG_ITEM)
                        .where(CATALOG_ITEM.CATALOG_VERSION_ID.eq(catalogVersionId)))
                .execute();
        return pledgeId;
    }

    /** The agency's most recent pledge, whatever its status. */
    public Optional<PledgeRecord> findCurrentPledge(long agencyId) {
        return dsl.selectFrom(PLEDGE).where(PLEDGE.AGENCY_ID.eq(agencyId))
                .orderBy(PLEDGE.SIGNED_ON.desc(), PLEDGE.ID.desc())
                .limit(1)
                .fetchOptional();
    }

    public boolean hasOpenPledge(long agencyId) {
        return dsl.fetchExists(PLEDGE, PLEDGE.AGENCY_ID.eq(agencyId)
                .and(PLEDGE.STATUS.in(PledgeStatus.ACTIVE.name(), PledgeStatus.COMPLETED.name())));
    }

    /** Item counts per focus area id and status. */
    public Map<Long, Map<ItemStatus, Integer>> countItemsByAreaAndStatus(long pledgeId) {
        Map<Long, Map<ItemStatus, Integer>> result = new HashMap<>();
        dsl.select(CATALOG_ITEM.FOCUS_AREA_ID, PLEDGE_ITEM.STATUS, count())
                .from(PLEDGE_ITEM).join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .where(PLEDGE_ITEM.PLEDGE_ID.eq(pledgeId))
                .groupBy(CATALOG_ITEM.FOCUS_AREA_ID, PLEDGE_ITEM.STATUS)
                .forEach(r -> result.computeIfAbsent(r.value1(), id -> new EnumMap<>(ItemStatus.class))
                        .put(ItemStatus.valueOf(r.value2()), r.value3()));
        return result;
    }

    /** Sets an item's status directly; only for loading demo data, which has no workflow history to replay. */
    public void seedItemStatus(long pledgeId, int itemNumber, ItemStatus status, Instant at) {
        dsl.update(PLEDGE_ITEM)
                .set(PLEDGE_ITEM.STATUS, status.name())
                .set(PLEDGE_ITEM.UPDATED_AT, at)
                .set(PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT, at)
                .set(PLEDGE_ITEM.SUBMITTED_AT, status == ItemStatus.SUBMITTED || status == ItemStatus.VERIFIED ? at : null)
                .set(PLEDGE_ITEM.VERIFIED_AT, status == ItemStatus.VERIFIED ? at : null)
                .where(PLEDGE_ITEM.PLEDGE_ID.eq(pledgeId))
                .and(PLEDGE_ITEM.CATALOG_ITEM_ID.eq(
                        select(CATALOG_ITEM.ID).from(CATALOG_ITEM).join(PLEDGE).on(PLEDGE.ID.eq(pledgeId))
                                .where(CATALOG_ITEM.CATALOG_VERSION_ID.eq(PLEDGE.CATALOG_VERSION_ID))
                                .and(CATALOG_ITEM.NUMBER.eq(itemNumber))))
                .execute();
    }

    public void updateStatus(long pledgeId, PledgeStatus status, String reason, Instant now) {
        dsl.update(PLEDGE)
                .set(PLEDGE.STATUS, status.name())
                .set(PLEDGE.WITHDRAWN_REASON, reason)
                .set(PLEDGE.CLOSED_AT, status == PledgeStatus.ACTIVE ? null : now)
                .set(PLEDGE.UPDATED_AT, now)
                .set(PLEDGE.VERSION, PLEDGE.VERSION.plus(1))
                .where(PLEDGE.ID.eq(pledgeId))
                .execute();
    }

    /** Progress lines for the given agencies, or for every agency when {@code agencyIds} is null. */
    public List<AgencyProgress> findAgencyProgress(Collection<Long> agencyIds) {
        Pledge latest = PLEDGE.as("latest");
        Field<Long> currentPledgeId = select(max(latest.ID)).from(latest)
                .where(latest.AGENCY_ID.eq(ORGANIZATION.ID)).asField();
        Condition scope = ORGANIZATION.KIND.eq(OrganizationKind.AGENCY.name());
        if (agencyIds != null) {
            scope = scope.and(ORGANIZATION.ID.in(agencyIds));
        }
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.ORI, ORGANIZATION.STATE,
                        PLEDGE.ID, PLEDGE.STATUS, PLEDGE.SIGNED_ON,
                        count(PLEDGE_ITEM.ID),
                        sum(when(PLEDGE_ITEM.STATUS.eq(ItemStatus.SUBMITTED.name()), 1).else_(0)),
                        sum(when(PLEDGE_ITEM.STATUS.eq(ItemStatus.VERIFIED.name()), 1).else_(0)),
                        max(PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT))
                .from(ORGANIZATION)
                .leftJoin(PLEDGE).on(PLEDGE.ID.eq(currentPledgeId))
                .leftJoin(PLEDGE_ITEM).on(PLEDGE_ITEM.PLEDGE_ID.eq(PLEDGE.ID))
                .where(scope)
                .groupBy(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.ORI, ORGANIZATION.STATE,
                        PLEDGE.ID, PLEDGE.STATUS, PLEDGE.SIGNED_ON)
                .orderBy(ORGANIZATION.NAME)
                .fetch(r -> new AgencyProgress(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? null : PledgeStatus.valueOf(r.value6()), r.value7(),
                        r.value8(), intOf(r.value9()), intOf(r.value10()), r.value11()));
    }

    private static int intOf(Number value) {
        return value == null ? 0 : value.intValue();
    }
}
