package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pledgetrack.core.database.LocalInfile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes way for an incremental run's new statuses, in their transaction and before the
 * {@link SnapshotWriter} writes them. The agencies' outdated rows leave the roll-ups and the new
 * statuses join them, by difference, when the date's roll-ups are kept so (otherwise the job's last
 * step recomputes them); their focus-area rows of areas the new statuses lack go. The other rows are
 * overwritten by the writer, or kept where they hold the same figures. A full run has no rows to
 * replace, so this does nothing.
 */
final class RowReplacement {

    private final JdbcTemplate jdbc;
    private final SnapshotBasis bases;
    private final RollupsByDifference rollups;
    private final LocalDate asOf;
    private final boolean replacesRows;

    /** {@code agencies}: what {@link AgenciesToCompute} kept for the run, null in a full run. */
    RowReplacement(JdbcTemplate jdbc, LocalInfile localInfile, LocalDate asOf, String agencies) {
        this.jdbc = jdbc;
        this.bases = new SnapshotBasis(jdbc);
        this.rollups = new RollupsByDifference(jdbc, localInfile);
        this.asOf = asOf;
        this.replacesRows = AgenciesToCompute.replacesRows(agencies);
    }

    /** Returns the agencies' stored focus-area rows, for the writer to skip those that stay as they are. */
    StoredAreaRows makeWayFor(List<? extends AgencyStatus> statuses, LocalDateTime now) {
        if (!replacesRows || statuses.isEmpty()) {
            return StoredAreaRows.NONE;
        }
        List<Long> agencyIds = statuses.stream().map(status -> status.pledge().agencyId()).toList();
        StoredAreaRows stored = bases.rollupsByDifference(bases.lock(asOf))
                ? rollups.replace(asOf, agencyIds, statuses, now)
                : StoredAreaRows.read(jdbc, asOf, AgencyIds.inList(agencyIds));
        deleteAreaRowsNotWrittenAgain(stored, statuses);
        return stored;
    }

    /**
     * Only rows of areas the new statuses lack (rare: a pledge moved to another catalog, or lost its
     * items) must go. Deleting all of them and inserting them again took twice as long.
     */
    private void deleteAreaRowsNotWrittenAgain(StoredAreaRows stored, List<? extends AgencyStatus> statuses) {
        Set<StoredAreaRows.Key> written = new HashSet<>();
        for (AgencyStatus status : statuses) {
            status.areas().forEach(area -> written.add(
                    new StoredAreaRows.Key(status.pledge().agencyId(), area.focusAreaId())));
        }
        List<Object[]> stale = stored.keys().stream()
                .filter(key -> !written.contains(key))
                .map(key -> new Object[] {asOf, key.agencyId(), key.focusAreaId()})
                .toList();
        jdbc.batchUpdate("DELETE FROM agency_area_snapshot WHERE as_of = ? AND agency_id = ? AND focus_area_id = ?",
                stale);
    }
}
