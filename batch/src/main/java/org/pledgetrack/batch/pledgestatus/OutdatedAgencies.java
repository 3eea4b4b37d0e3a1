package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agencies whose rows for an as-of date are out of date: stale rows (the agency now has another
 * current pledge, none, a different pledge status or state, or a newer progress revision) and
 * missing rows (a current pledge, not withdrawn, but no row). After a completed run only agencies
 * with a pledge changed since the date's basis epoch can be out of date, and those are few; without
 * a basis every agency is compared.
 *
 * @param stale    agencies whose rows must go
 * @param outdated agencies to compute again: the stale and the missing (a stale agency without a
 *                 current pledge is simply not read)
 */
record OutdatedAgencies(List<Long> stale, List<Long> outdated) {

    private static final String OUTDATED = """
            SELECT o.id, s.agency_id IS NOT NULL
            FROM organization o
            LEFT JOIN pledge p ON p.id = %s
            LEFT JOIN agency_snapshot s ON s.as_of = ? AND s.agency_id = o.id
            WHERE o.kind = 'AGENCY' AND %%s AND CASE
                WHEN s.agency_id IS NULL THEN p.status <> 'WITHDRAWN'
                ELSE NOT (p.id <=> s.pledge_id AND p.status = s.pledge_status AND p.status <> 'WITHDRAWN'
                          AND p.progress_revision = s.progress_revision AND o.state <=> s.state) END"""
            .formatted(CurrentPledges.CURRENT_PLEDGE_ID);

    /** Compares the agencies with a pledge stamped {@code changeEpoch} or later. */
    static OutdatedAgencies changedSince(JdbcTemplate jdbc, LocalDate asOf, long changeEpoch) {
        List<Long> changed = jdbc.queryForList("SELECT DISTINCT agency_id FROM pledge WHERE changed_epoch >= ?",
                Long.class, changeEpoch);
        if (changed.isEmpty()) {
            return new OutdatedAgencies(List.of(), List.of());
        }
        return find(jdbc, asOf, "o.id IN (" + AgencyIds.inList(changed) + ")");
    }

    /** Compares every agency. */
    static OutdatedAgencies all(JdbcTemplate jdbc, LocalDate asOf) {
        return find(jdbc, asOf, "TRUE");
    }

    private static OutdatedAgencies find(JdbcTemplate jdbc, LocalDate asOf, String agencies) {
        List<Long> stale = new ArrayList<>();
        List<Long> outdated = new ArrayList<>();
        jdbc.query(OUTDATED.formatted(agencies), rs -> {
            outdated.add(rs.getLong(1));
            if (rs.getBoolean(2)) {
                stale.add(rs.getLong(1));
            }
        }, asOf, asOf);
        return new OutdatedAgencies(stale, outdated);
    }
}
