package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.database.LocalInfile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes an as-of date's roll-ups by difference, in the transaction that changes its agency rows:
 * the rows the given agencies have now leave the roll-ups they count in, their new statuses (if
 * any) join them, and only the roll-up rows whose sums this changes are read and written again
 * (an agency usually changed in one focus area, so most of its roll-up keys keep their sums). So the
 * roll-ups agree with the agency rows after every commit, and a restart needs nothing special.
 * Percentages come from the summed counts as in a full roll-up; a roll-up no row counts in any
 * more is deleted. Callers hold the date's {@link SnapshotBasis} lock.
 */
final class RollupsByDifference {

    private static final List<String> ROLLUP_KEY = List.of("as_of", "scope_type", "scope_key", "focus_area_position");
    private static final List<String> ROLLUP_COLUMNS = List.of("agencies", "items_total", "submitted", "verified",
            "pct_submitted", "pct_verified", "on_track", "at_risk", "behind", "complete", "computed_at");

    private final JdbcTemplate jdbc;
    private final Upsert rollupRows;

    RollupsByDifference(JdbcTemplate jdbc, LocalInfile localInfile) {
        this.jdbc = jdbc;
        this.rollupRows = Upsert.into(localInfile, jdbc, "rollup_snapshot", ROLLUP_KEY, ROLLUP_COLUMNS);
    }

    /**
     * Before the agencies' rows are deleted or replaced by {@code statuses} (empty when deleted).
     * Returns the agencies' stored focus-area rows, which it reads anyway, for the caller that
     * replaces them.
     */
    StoredAreaRows replace(LocalDate asOf, Collection<Long> agencyIds, Collection<? extends AgencyStatus> statuses,
                           LocalDateTime now) {
        if (agencyIds.isEmpty()) {
            return StoredAreaRows.NONE;
        }
        RollupKeys keys = RollupKeys.ofAgencies(jdbc, agencyIds);
        RollupTotals change = new RollupTotals();
        StoredAreaRows storedAreas = subtractStoredRows(asOf, AgencyIds.inList(agencyIds), keys, change);
        for (AgencyStatus status : statuses) {
            add(status, keys, change);
        }
        change.dropUnchanged();
        if (!change.keys().isEmpty()) {
            write(asOf, change, now);
        }
        return storedAreas;
    }

    /** The agency rows are read by their primary key forced: see {@link StoredAreaRows#read}. */
    private StoredAreaRows subtractStoredRows(LocalDate asOf, String agencyIds, RollupKeys keys,
                                              RollupTotals change) {
        Map<Long, List<String[]>> scopesOfStored = new HashMap<>();
        jdbc.query("SELECT agency_id, state, items_total, submitted, verified, schedule_status "
                + "FROM agency_snapshot FORCE INDEX (PRIMARY) WHERE as_of = ? AND agency_id IN (" + agencyIds + ")",
                rs -> {
            List<String[]> scopes = keys.scopes(rs.getLong(1), rs.getString(2));
            scopesOfStored.put(rs.getLong(1), scopes);
            change.subtract(scopes, 0, rs.getInt(3), rs.getInt(4), rs.getInt(5), ScheduleStatus.valueOf(rs.getString(6)));
        }, asOf);
        // like a full roll-up, focus-area rows count only with their agency's row
        StoredAreaRows storedAreas = StoredAreaRows.read(jdbc, asOf, agencyIds);
        storedAreas.forEach((area, row) -> {
            List<String[]> scopes = scopesOfStored.get(area.agencyId());
            if (scopes != null) {
                ItemCounts counts = row.progress().counts();
                change.subtract(scopes, keys.position(area.focusAreaId()), counts.total(), counts.submitted(),
                        counts.verified(), row.progress().scheduleStatus());
            }
        });
        return storedAreas;
    }

    private static void add(AgencyStatus status, RollupKeys keys, RollupTotals change) {
        List<String[]> scopes = keys.scopes(status.pledge().agencyId(), status.pledge().state());
        add(change, scopes, 0, status.total());
        for (AgencyStatus.AreaStatus area : status.areas()) {
            add(change, scopes, keys.position(area.focusAreaId()), area.progress());
        }
    }

    private static void add(RollupTotals change, List<String[]> scopes, int position, AgencyStatus.Progress progress) {
        ItemCounts counts = progress.counts();
        change.add(scopes, position, counts.total(), counts.submitted(), counts.verified(), progress.scheduleStatus());
    }

    /** Adds the stored roll-ups of the changed scopes to the change and writes the sums back. */
    private void write(LocalDate asOf, RollupTotals change, LocalDateTime now) {
        Set<List<String>> scopes = new HashSet<>();
        change.keys().forEach(key -> scopes.add(List.of(key.scopeType(), key.scopeKey())));
        jdbc.query("""
                SELECT scope_type, scope_key, focus_area_position, agencies, items_total, submitted, verified,
                       on_track, at_risk, behind, complete
                FROM rollup_snapshot WHERE as_of = ? AND (scope_type, scope_key) IN (%s)"""
                .formatted(scopes.stream().map(scope -> "(?, ?)").collect(Collectors.joining(", "))), rs -> {
            change.addStored(new RollupTotals.Key(rs.getString(1), rs.getString(2), rs.getInt(3)), rs.getInt(4),
                    rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
        }, parameters(asOf, scopes));
        rollupRows.write(jdbc, change.rows(asOf, now));
        jdbc.batchUpdate("DELETE FROM rollup_snapshot WHERE as_of = ? AND scope_type = ? AND scope_key = ? "
                + "AND focus_area_position = ?", change.emptyKeys().stream()
                .map(key -> new Object[] {asOf, key.scopeType(), key.scopeKey(), key.position()}).toList());
    }

    private static Object[] parameters(LocalDate asOf, Set<List<String>> scopes) {
        return Stream.concat(Stream.of(asOf), scopes.stream().flatMap(List::stream)).toArray();
    }
}
