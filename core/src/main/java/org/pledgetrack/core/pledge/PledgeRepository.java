package org.pledgetrack.core.pledge;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;
import static org.pledgetrack.db.Tables.PLEDGE_PROGRESS;
import static org.pledgetrack.db.Tables.PLEDGE_STATUS_CHANGE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.db.tables.records.PledgeRecord;
import org.springframework.stereotype.Repository;

@Repository
public class PledgeRepository {

    private final DSLContext dsl;
    /** Agencies whose progress is read in one query while filtering by schedule status. */
    private static final int SCHEDULE_CHUNK = 500;

    private final ScheduleRule scheduleRule;

    PledgeRepository(DSLContext dsl, ScheduleRule scheduleRule) {
        this.dsl = dsl;
        this.scheduleRule = scheduleRule;
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

    /** The agency's current pledge on {@code asOf} ({@link CurrentPledge}), whatever its status. */
    public Optional<PledgeRecord> findCurrentPledge(long agencyId, LocalDate asOf) {
        return dsl.selectFrom(PLEDGE).where(PLEDGE.ID.eq(CurrentPledge.idOf(DSL.val(agencyId), asOf))).fetchOptional();
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

    /** Sets the status whatever the pledge's version (demo data); the change is recorded like every other. */
    public void updateStatus(long pledgeId, PledgeStatus status, String reason, Instant now) {
        updateStatus(pledgeId, null, status, reason, null, now);
    }

    /**
     * Changes the status if the pledge is still at {@code version} (any version when null) and
     * records the change in the pledge's status history, in the caller's transaction: the status
     * snapshot of a past date reads that history. Returns whether the pledge was changed.
     */
    boolean updateStatus(long pledgeId, Integer version, PledgeStatus status, String reason, Long changedBy,
                         Instant now) {
        Condition target = PLEDGE.ID.eq(pledgeId);
        if (version != null) {
            target = target.and(PLEDGE.VERSION.eq(version));
        }
        // locks the row, so the status read is the one this update replaces
        String from = dsl.select(PLEDGE.STATUS).from(PLEDGE).where(target).forUpdate().fetchOne(PLEDGE.STATUS);
        if (from == null) {
            return false;
        }
        dsl.update(PLEDGE)
                .set(PLEDGE.STATUS, status.name())
                .set(PLEDGE.WITHDRAWN_REASON, reason)
                .set(PLEDGE.CLOSED_AT, status == PledgeStatus.ACTIVE ? null : now)
                .set(PLEDGE.UPDATED_AT, now)
                .set(PLEDGE.VERSION, PLEDGE.VERSION.plus(1))
                .where(PLEDGE.ID.eq(pledgeId))
                .execute();
        dsl.insertInto(PLEDGE_STATUS_CHANGE)
                .set(PLEDGE_STATUS_CHANGE.PLEDGE_ID, pledgeId)
                .set(PLEDGE_STATUS_CHANGE.FROM_STATUS, from)
                .set(PLEDGE_STATUS_CHANGE.TO_STATUS, status.name())
                .set(PLEDGE_STATUS_CHANGE.CHANGED_BY, changedBy)
                .set(PLEDGE_STATUS_CHANGE.CHANGED_AT, now)
                .execute();
        return true;
    }

    /**
     * Records IACP's recognition of the pledge's agency if the pledge is still at {@code version} (any
     * version when null: demo data); returns whether it was recorded.
     */
    public boolean recordRecognition(long pledgeId, Integer version, LocalDate recognizedOn, Long recordedBy,
                                     Instant now) {
        return dsl.update(PLEDGE)
                .set(PLEDGE.RECOGNIZED_ON, recognizedOn)
                .set(PLEDGE.RECOGNIZED_BY, recordedBy)
                .set(PLEDGE.UPDATED_AT, now)
                .set(PLEDGE.VERSION, PLEDGE.VERSION.plus(1))
                .where(PLEDGE.ID.eq(pledgeId), version == null ? DSL.noCondition() : PLEDGE.VERSION.eq(version))
                .execute() == 1;
    }

    /**
     * Records the date of IACP's certificate of completion on a completed pledge; returns whether it
     * was recorded. The status change to COMPLETED is {@link #updateStatus}'s, in the same transaction.
     */
    public boolean recordCertificate(long pledgeId, LocalDate certificateOn, Long recordedBy, Instant now) {
        return dsl.update(PLEDGE)
                .set(PLEDGE.CERTIFICATE_ON, certificateOn)
                .set(PLEDGE.CERTIFIED_BY, recordedBy)
                .set(PLEDGE.UPDATED_AT, now)
                .where(PLEDGE.ID.eq(pledgeId), PLEDGE.STATUS.eq(PledgeStatus.COMPLETED.name()))
                .execute() == 1;
    }


    public Optional<PledgeRecord> findPledge(long pledgeId) {
        return dsl.selectFrom(PLEDGE).where(PLEDGE.ID.eq(pledgeId)).fetchOptional();
    }

    /**
     * One page of progress lines for the agencies matching {@code readable}, filtered and sorted as
     * the query says, with their focus-area shares. Two steps, so that the work grows with the
     * page and not with the number of agencies: the page's agency ids first (from an index for the
     * name and state orders, from {@code pledge_progress} for the progress orders), then the
     * progress of just those agencies.
     */
    public List<AgencyProgress> findAgencyProgress(Condition readable, PortfolioQuery query, LocalDate asOf) {
        if (query.schedule() != null) {
            return findWithScheduleStatus(readable, query, asOf).skip(query.offset()).limit(query.limit()).toList();
        }
        List<Long> page = findAgencyPage(readable, query, asOf);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, AgencyProgress> rows = findProgressOf(page, asOf);
        return page.stream().map(rows::get).toList();
    }

    /** How many agencies {@link #findAgencyProgress} would list without paging. */
    public int countAgencies(Condition readable, PortfolioQuery query, LocalDate asOf) {
        if (query.schedule() != null) {
            return (int) findWithScheduleStatus(readable, query, asOf).count();
        }
        return dsl.fetchCount(ORGANIZATION, agencyFilter(readable, query));
    }

    /**
     * The query's agencies in its order whose schedule status is the query's. The status is the
     * schedule rule's answer, computed here from each agency's items (there is no column to filter
     * on), so this reads the progress of every agency the other filters leave, a chunk at a time,
     * and grows with them rather than with the page.
     */
    private Stream<AgencyProgress> findWithScheduleStatus(Condition readable, PortfolioQuery query, LocalDate asOf) {
        List<Long> ordered = findAgencyPage(readable, query.unpaged(), asOf);
        int chunks = (ordered.size() + SCHEDULE_CHUNK - 1) / SCHEDULE_CHUNK;
        return IntStream.range(0, chunks)
                .mapToObj(i -> ordered.subList(i * SCHEDULE_CHUNK, Math.min(ordered.size(), (i + 1) * SCHEDULE_CHUNK)))
                .flatMap(chunk -> {
                    Map<Long, AgencyProgress> rows = findProgressOf(chunk, asOf);
                    return chunk.stream().map(rows::get);
                })
                .filter(row -> row.scheduleStatus() == query.schedule());
    }

    /** Whether any agency matches {@code readable}: stops at the first, unlike a count. */
    public boolean existsAgency(Condition readable) {
        return dsl.fetchExists(ORGANIZATION, agencyFilter(readable, PortfolioQuery.all()));
    }

    private List<Long> findAgencyPage(Condition readable, PortfolioQuery query, LocalDate asOf) {
        Condition filter = agencyFilter(readable, query);
        List<SortField<?>> order = pageOrder(query);
        var agencies = dsl.select(ORGANIZATION.ID).from(ORGANIZATION);
        var ordered = switch (query.sort()) {
            case AGENCY, STATE -> agencies.where(filter).orderBy(order);
            case PLEDGE_AGE, VERIFIED, WAITING, LAST_ACTIVITY -> {
                Table<?> current = CurrentPledge.ofEveryAgency(asOf);
                yield agencies.leftJoin(current).on(current.field(PLEDGE.AGENCY_ID).eq(ORGANIZATION.ID))
                        .leftJoin(PLEDGE).on(PLEDGE.ID.eq(current.field(PLEDGE.ID)))
                        .leftJoin(PLEDGE_PROGRESS).on(PLEDGE_PROGRESS.PLEDGE_ID.eq(PLEDGE.ID))
                        .where(filter).orderBy(order);
            }
        };
        return ordered.offset(query.offset()).limit(query.limit()).fetch(ORGANIZATION.ID);
    }

    /**
     * The progress lines of the given agencies, by agency id, with their focus-area shares. One pass
     * over the agencies' items, grouped by agency and focus area and added up per agency here, instead
     * of reading the same items again for the shares.
     */
    private Map<Long, AgencyProgress> findProgressOf(Collection<Long> agencyIds, LocalDate asOf) {
        Field<Integer> itemCount = count(PLEDGE_ITEM.ID);
        Field<BigDecimal> submitted = sum(when(PLEDGE_ITEM.STATUS.eq(ItemStatus.SUBMITTED.name()), 1).else_(0));
        Field<BigDecimal> verified = sum(when(PLEDGE_ITEM.STATUS.eq(ItemStatus.VERIFIED.name()), 1).else_(0));
        Field<BigDecimal> ownTargetDue = sum(when(PLEDGE_ITEM.TARGET_ON.le(asOf), 1).else_(0));
        Field<Instant> lastActivity = max(PLEDGE_ITEM.LAST_AGENCY_ACTIVITY_AT);
        Map<Long, AgencyProgressTally> tallies = new HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.ORI, ORGANIZATION.STATE,
                        PLEDGE.ID, PLEDGE.STATUS, PLEDGE.SIGNED_ON, FOCUS_AREA.NAME, itemCount, submitted, verified,
                        ownTargetDue, lastActivity)
                .from(ORGANIZATION)
                .leftJoin(PLEDGE).on(PLEDGE.ID.eq(CurrentPledge.idOf(ORGANIZATION.ID, asOf)))
                .leftJoin(PLEDGE_ITEM).on(PLEDGE_ITEM.PLEDGE_ID.eq(PLEDGE.ID))
                .leftJoin(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .leftJoin(FOCUS_AREA).on(FOCUS_AREA.ID.eq(CATALOG_ITEM.FOCUS_AREA_ID))
                .where(ORGANIZATION.ID.in(agencyIds))
                .groupBy(ORGANIZATION.ID, ORGANIZATION.NAME, ORGANIZATION.ORI, ORGANIZATION.STATE,
                        PLEDGE.ID, PLEDGE.STATUS, PLEDGE.SIGNED_ON, FOCUS_AREA.POSITION, FOCUS_AREA.NAME)
                .orderBy(ORGANIZATION.ID, FOCUS_AREA.POSITION)
                .forEach(r -> tallies.computeIfAbsent(r.get(ORGANIZATION.ID), id -> new AgencyProgressTally(id,
                                r.get(ORGANIZATION.NAME), r.get(ORGANIZATION.ORI), r.get(ORGANIZATION.STATE), r.get(PLEDGE.ID),
                                r.get(PLEDGE.STATUS) == null ? null : PledgeStatus.valueOf(r.get(PLEDGE.STATUS)),
                                r.get(PLEDGE.SIGNED_ON)))
                        .add(r.get(FOCUS_AREA.NAME), r.get(itemCount), intOf(r.get(submitted)), intOf(r.get(verified)),
                                intOf(r.get(ownTargetDue)), r.get(lastActivity)));
        Map<Long, AgencyProgress> lines = new HashMap<>();
        tallies.forEach((id, tally) -> lines.put(id, tally.progress(asOf, scheduleRule)));
        return lines;
    }

    private static Condition agencyFilter(Condition readable, PortfolioQuery query) {
        Condition filter = ORGANIZATION.KIND.eq(OrganizationKind.AGENCY.name()).and(readable);
        if (query.search() != null && !query.search().isBlank()) {
            String text = query.search().strip();
            filter = filter.and(ORGANIZATION.NAME.containsIgnoreCase(text).or(ORGANIZATION.ORI.containsIgnoreCase(text)));
        }
        if (query.state() != null && !query.state().isBlank()) {
            filter = filter.and(ORGANIZATION.STATE.eq(query.state().strip().toUpperCase(java.util.Locale.ROOT)));
        }
        return filter;
    }

    /**
     * The query's order, then name and id so that pages never overlap. MySQL puts nulls first when
     * ascending and last when descending, as the grid wants; spelling that out would make jOOQ emulate
     * it with an expression and lose the index order.
     */
    private static List<SortField<?>> pageOrder(PortfolioQuery query) {
        // an older pledge has an earlier signed date: ascending age is descending date
        boolean ascending = query.sort() == PortfolioQuery.Sort.PLEDGE_AGE != query.ascending();
        if (query.sort() == PortfolioQuery.Sort.AGENCY) {
            return List.of(direction(ORGANIZATION.NAME, ascending), direction(ORGANIZATION.ID, ascending));
        }
        Field<?> field = switch (query.sort()) {
            case AGENCY, STATE -> ORGANIZATION.STATE;
            case PLEDGE_AGE -> PLEDGE.SIGNED_ON;
            // agencies without a pledge count as nothing verified and nothing waiting, like a new pledge
            case VERIFIED -> DSL.coalesce(PLEDGE_PROGRESS.VERIFIED.div(DSL.greatest(PLEDGE_PROGRESS.ITEMS_TOTAL,
                    DSL.inline(1))), DSL.inline(0));
            case WAITING -> DSL.coalesce(PLEDGE_PROGRESS.SUBMITTED, DSL.inline(0));
            case LAST_ACTIVITY -> PLEDGE_PROGRESS.LAST_AGENCY_ACTIVITY_AT;
        };
        return List.of(direction(field, ascending), ORGANIZATION.NAME.asc(), ORGANIZATION.ID.asc());
    }

    private static SortField<?> direction(Field<?> field, boolean ascending) {
        return ascending ? field.asc() : field.desc();
    }

    private static int intOf(Number value) {
        return value == null ? 0 : value.intValue();
    }
}
