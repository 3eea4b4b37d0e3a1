package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The agencies whose rows for an as-of date are out of date. After a completed run only agencies
 * changed since the date's basis epoch (see {@link PledgeChangeEpoch}) can be, and those are few;
 * without a basis every agency is compared.
 *
 * @param vanishing agencies with rows but no current pledge any more (none, or withdrawn): their rows must go
 * @param outdated  agencies with a current pledge but no up-to-date row: to compute (again)
 */
record OutdatedAgencies(List<Long> vanishing, List<Long> outdated) {

    private static final String OUTDATED = """
            SELECT o.id, p.id IS NULL OR p.status = 'WITHDRAWN'
            FROM organization o
            %s
            %s
            WHERE o.kind = 'AGENCY' AND %%s AND CASE
                WHEN p.id IS NULL OR p.status = 'WITHDRAWN' THEN s.agency_id IS NOT NULL
                ELSE %s END"""
            .formatted(CurrentPledges.currentPledge("LEFT JOIN"), CurrentPledges.DATE_ROW,
                    CurrentPledges.ROW_OUT_OF_DATE);

    /** Compares the agencies stamped {@code changeEpoch} or later. */
    static OutdatedAgencies changedSince(JdbcTemplate jdbc, LocalDate asOf, long changeEpoch) {
        List<Long> changed = jdbc.queryForList("SELECT agency_id FROM agency_change WHERE epoch >= ?", Long.class,
                changeEpoch);
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
        List<Long> vanishing = new ArrayList<>();
        List<Long> outdated = new ArrayList<>();
        jdbc.query(OUTDATED.formatted(agencies), rs -> {
            (rs.getBoolean(2) ? vanishing : outdated).add(rs.getLong(1));
        }, asOf, asOf);
        return new OutdatedAgencies(vanishing, outdated);
    }
}
