package org.pledgetrack.core.snapshot;

import static org.pledgetrack.db.Tables.AGENCY_AREA_SNAPSHOT;
import static org.pledgetrack.db.Tables.AGENCY_SNAPSHOT;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.DELIVERABLE_SNAPSHOT;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.ROLLUP_SNAPSHOT;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.db.tables.records.RollupSnapshotRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the snapshot tables the batch jobs write; never computes anything from the live data. */
@Repository
class SnapshotRepository {

    static final String NATIONAL = "NATIONAL";
    static final String STATE = "STATE";
    static final String STAFF = "STAFF";
    static final String NATIONAL_KEY = "ALL";

    private final DSLContext dsl;
    private final JdbcTemplate jdbc;

    SnapshotRepository(DSLContext dsl, JdbcTemplate jdbc) {
        this.dsl = dsl;
        this.jdbc = jdbc;
    }

    /**
     * The snapshot generation ({@link SnapshotGeneration}) plus the TA assignment revision (V75's
     * triggers count every assignment change), so that the answer changes when either does: both only
     * grow, so their sum does too. Null when a row is missing. Plain JDBC:
     * it is read on every agency status request of the API, and building and rendering it with jOOQ
     * took about a tenth of the server's CPU under the bench's load (issue 7, JFR).
     */
    Long findGeneration() {
        return jdbc.query("SELECT g.generation + r.revision FROM snapshot_generation g "
                        + "JOIN ta_assignment_revision r ON r.id = g.id WHERE g.id = 1",
                rs -> rs.next() ? rs.getLong(1) : null);
    }

    /** The newest as-of date whose pledge status job finished (its roll-ups are written last). */
    Optional<LocalDate> findLatestAsOf() {
        return Optional.ofNullable(dsl.select(DSL.max(ROLLUP_SNAPSHOT.AS_OF)).from(ROLLUP_SNAPSHOT)
                .where(ROLLUP_SNAPSHOT.SCOPE_TYPE.eq(NATIONAL)).fetchOne(0, LocalDate.class));
    }

    /**
     * When the numbers of {@code asOf} were computed: the national roll-up's time, written last by
     * every pledge status run of that date. Empty for a date without a run.
     */
    Optional<Instant> findComputedAt(LocalDate asOf) {
        return Optional.ofNullable(dsl.select(DSL.max(ROLLUP_SNAPSHOT.COMPUTED_AT)).from(ROLLUP_SNAPSHOT)
                .where(ROLLUP_SNAPSHOT.AS_OF.eq(asOf), ROLLUP_SNAPSHOT.SCOPE_TYPE.eq(NATIONAL)).fetchOne(0, Instant.class));
    }

    /** A scope's roll-up rows on one date: position 0 (all areas) and one per focus area position. */
    List<RollupSnapshotRecord> findRollup(LocalDate asOf, String scopeType, String scopeKey) {
        return dsl.selectFrom(ROLLUP_SNAPSHOT)
                .where(ROLLUP_SNAPSHOT.AS_OF.eq(asOf), ROLLUP_SNAPSHOT.SCOPE_TYPE.eq(scopeType),
                        ROLLUP_SNAPSHOT.SCOPE_KEY.eq(scopeKey))
                .orderBy(ROLLUP_SNAPSHOT.FOCUS_AREA_POSITION)
                .fetch();
    }

    /** All keys of a scope type (e.g. every state) on one date, all-areas rows only. */
    List<RollupSnapshotRecord> findRollupsOfType(LocalDate asOf, String scopeType) {
        return dsl.selectFrom(ROLLUP_SNAPSHOT)
                .where(ROLLUP_SNAPSHOT.AS_OF.eq(asOf), ROLLUP_SNAPSHOT.SCOPE_TYPE.eq(scopeType),
                        ROLLUP_SNAPSHOT.FOCUS_AREA_POSITION.eq(0))
                .orderBy(ROLLUP_SNAPSHOT.SCOPE_KEY)
                .fetch();
    }

    /** The scope's verified percentage per as-of date from {@code from} on, oldest first. */
    List<TrendPoint> findTrend(String scopeType, String scopeKey, LocalDate from, LocalDate to) {
        return dsl.select(ROLLUP_SNAPSHOT.AS_OF, ROLLUP_SNAPSHOT.PCT_VERIFIED).from(ROLLUP_SNAPSHOT)
                .where(ROLLUP_SNAPSHOT.SCOPE_TYPE.eq(scopeType), ROLLUP_SNAPSHOT.SCOPE_KEY.eq(scopeKey),
                        ROLLUP_SNAPSHOT.FOCUS_AREA_POSITION.eq(0), ROLLUP_SNAPSHOT.AS_OF.between(from, to))
                .orderBy(ROLLUP_SNAPSHOT.AS_OF)
                .fetch(r -> new TrendPoint(r.value1(), r.value2()));
    }

    /** Agency rows on one date, for the given agencies or all when {@code agencyIds} is null. */
    List<AgencyStatusRow> findAgencyRows(LocalDate asOf, Collection<Long> agencyIds) {
        Condition scope = AGENCY_SNAPSHOT.AS_OF.eq(asOf);
        if (agencyIds != null) {
            scope = scope.and(AGENCY_SNAPSHOT.AGENCY_ID.in(agencyIds));
        }
        return dsl.select(AGENCY_SNAPSHOT.asterisk(), ORGANIZATION.NAME).from(AGENCY_SNAPSHOT)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(AGENCY_SNAPSHOT.AGENCY_ID))
                .where(scope)
                .orderBy(ORGANIZATION.NAME)
                .fetch(SnapshotRepository::agencyRow);
    }

    /**
     * The agency rows on one date for the agencies matching {@code readable}, optionally of one
     * state, by agency name (and id, so that pages of it never overlap).
     */
    List<AgencyStatusRow> findAgencyRows(LocalDate asOf, Condition readable, String state) {
        Condition rows = AGENCY_SNAPSHOT.AS_OF.eq(asOf).and(readable);
        return dsl.select(AGENCY_SNAPSHOT.asterisk(), ORGANIZATION.NAME).from(AGENCY_SNAPSHOT)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(AGENCY_SNAPSHOT.AGENCY_ID))
                .where(state == null ? rows : rows.and(AGENCY_SNAPSHOT.STATE.eq(state)))
                .orderBy(ORGANIZATION.NAME, AGENCY_SNAPSHOT.AGENCY_ID)
                .fetch(SnapshotRepository::agencyRow);
    }

    /** Verified percentages of every agency per as-of date in the range. */
    Map<LocalDate, List<BigDecimal>> findAgencyPctVerifiedByDate(LocalDate from, LocalDate to) {
        return dsl.select(AGENCY_SNAPSHOT.AS_OF, AGENCY_SNAPSHOT.PCT_VERIFIED).from(AGENCY_SNAPSHOT)
                .where(AGENCY_SNAPSHOT.AS_OF.between(from, to))
                .fetchGroups(AGENCY_SNAPSHOT.AS_OF, AGENCY_SNAPSHOT.PCT_VERIFIED);
    }

    /** One agency's verified percentage per as-of date in the range, oldest first. */
    List<TrendPoint> findAgencyTrend(long agencyId, LocalDate from, LocalDate to) {
        return dsl.select(AGENCY_SNAPSHOT.AS_OF, AGENCY_SNAPSHOT.PCT_VERIFIED).from(AGENCY_SNAPSHOT)
                .where(AGENCY_SNAPSHOT.AGENCY_ID.eq(agencyId), AGENCY_SNAPSHOT.AS_OF.between(from, to))
                .orderBy(AGENCY_SNAPSHOT.AS_OF)
                .fetch(r -> new TrendPoint(r.value1(), r.value2()));
    }

    /** One agency's focus area rows on one date, in catalog order. */
    List<AreaProgress> findAgencyAreas(LocalDate asOf, long agencyId) {
        return dsl.select(FOCUS_AREA.POSITION, FOCUS_AREA.NAME, AGENCY_AREA_SNAPSHOT.ITEMS_TOTAL,
                        AGENCY_AREA_SNAPSHOT.SUBMITTED, AGENCY_AREA_SNAPSHOT.VERIFIED,
                        AGENCY_AREA_SNAPSHOT.PCT_SUBMITTED, AGENCY_AREA_SNAPSHOT.PCT_VERIFIED,
                        AGENCY_AREA_SNAPSHOT.SCHEDULE_STATUS)
                .from(AGENCY_AREA_SNAPSHOT).join(FOCUS_AREA).on(FOCUS_AREA.ID.eq(AGENCY_AREA_SNAPSHOT.FOCUS_AREA_ID))
                .where(AGENCY_AREA_SNAPSHOT.AS_OF.eq(asOf), AGENCY_AREA_SNAPSHOT.AGENCY_ID.eq(agencyId))
                .orderBy(FOCUS_AREA.POSITION)
                .fetch(r -> new AreaProgress(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), StatusDistribution.single(ScheduleStatus.valueOf(r.value8()))));
    }

    /**
     * Grants with overdue deliverables in the newest deliverable snapshot on or before {@code asOf},
     * for the grants a TA staff member is assigned to, or all when {@code staffUserId} is null;
     * most overdue first.
     */
    List<OverdueGrant> findOverdueGrants(LocalDate asOf, Long staffUserId) {
        LocalDate latest = dsl.select(DSL.max(DELIVERABLE_SNAPSHOT.AS_OF)).from(DELIVERABLE_SNAPSHOT)
                .where(DELIVERABLE_SNAPSHOT.AS_OF.le(asOf)).fetchOne(0, LocalDate.class);
        if (latest == null) {
            return List.of();
        }
        Condition scope = DELIVERABLE_SNAPSHOT.AS_OF.eq(latest).and(DELIVERABLE_SNAPSHOT.SCOPE_TYPE.eq("GRANT"))
                .and(DELIVERABLE_SNAPSHOT.OVERDUE.gt(0));
        if (staffUserId != null) {
            scope = scope.and(DELIVERABLE_SNAPSHOT.SCOPE_ID.in(DSL.select(TA_GRANT_ASSIGNMENT.GRANT_ID)
                    .from(TA_GRANT_ASSIGNMENT).where(TA_GRANT_ASSIGNMENT.USER_ID.eq(staffUserId))));
        }
        return dsl.select(DELIVERABLE_SNAPSHOT.asterisk(), BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.SITE_NAME)
                .from(DELIVERABLE_SNAPSHOT).join(BCJI_GRANT).on(BCJI_GRANT.ID.eq(DELIVERABLE_SNAPSHOT.SCOPE_ID))
                .where(scope)
                .orderBy(DELIVERABLE_SNAPSHOT.OVERDUE.desc(), BCJI_GRANT.AWARD_NUMBER)
                .fetch(r -> new OverdueGrant(r.get(DELIVERABLE_SNAPSHOT.SCOPE_ID), r.get(BCJI_GRANT.AWARD_NUMBER),
                        r.get(BCJI_GRANT.SITE_NAME), r.get(DELIVERABLE_SNAPSHOT.PLANNED),
                        r.get(DELIVERABLE_SNAPSHOT.DELIVERED), r.get(DELIVERABLE_SNAPSHOT.ON_TIME_PCT),
                        r.get(DELIVERABLE_SNAPSHOT.OVERDUE), r.get(DELIVERABLE_SNAPSHOT.OLDEST_OVERDUE_DAYS),
                        r.get(DELIVERABLE_SNAPSHOT.DUE_NEXT_30_DAYS)));
    }

    private static AgencyStatusRow agencyRow(Record r) {
        return new AgencyStatusRow(r.get(AGENCY_SNAPSHOT.AGENCY_ID), r.get(ORGANIZATION.NAME),
                r.get(AGENCY_SNAPSHOT.STATE), r.get(AGENCY_SNAPSHOT.ITEMS_TOTAL), r.get(AGENCY_SNAPSHOT.SUBMITTED),
                r.get(AGENCY_SNAPSHOT.RETURNED), r.get(AGENCY_SNAPSHOT.VERIFIED), r.get(AGENCY_SNAPSHOT.PCT_SUBMITTED),
                r.get(AGENCY_SNAPSHOT.PCT_VERIFIED), r.get(AGENCY_SNAPSHOT.EXPECTED_PCT),
                ScheduleStatus.valueOf(r.get(AGENCY_SNAPSHOT.SCHEDULE_STATUS)),
                r.get(AGENCY_SNAPSHOT.DAYS_SINCE_ACTIVITY), r.get(AGENCY_SNAPSHOT.WAITING_REVIEW),
                r.get(AGENCY_SNAPSHOT.OLDEST_WAIT_DAYS));
    }
}
