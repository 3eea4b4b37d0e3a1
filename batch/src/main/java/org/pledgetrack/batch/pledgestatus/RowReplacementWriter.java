package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pledgetrack.core.database.LocalInfile;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes way for a chunk's rows in an incremental run, in the chunk's transaction and before the
 * {@link SnapshotWriter} writes them. The agencies' outdated rows leave the roll-ups and the new
 * statuses join them, by difference, when the date's roll-ups are kept so (otherwise the job's last
 * step recomputes them); their focus-area rows of areas the new statuses lack go (the other rows,
 * and the agency row, are simply overwritten). A full run has no rows to replace, so this does nothing.
 */
class RowReplacementWriter implements ItemWriter<AgencyStatus> {

    private final JdbcTemplate jdbc;
    private final SnapshotBasis bases;
    private final RollupsByDifference rollups;
    private final Clock clock;
    private final LocalDate asOf;
    private final boolean replacesRows;

    /** {@code agencies}: what {@link AgenciesToCompute} kept for the run, null in a full run. */
    RowReplacementWriter(JdbcTemplate jdbc, LocalInfile localInfile, Clock clock, LocalDate asOf, String agencies) {
        this.jdbc = jdbc;
        this.bases = new SnapshotBasis(jdbc);
        this.rollups = new RollupsByDifference(jdbc, localInfile);
        this.clock = clock;
        this.asOf = asOf;
        this.replacesRows = AgenciesToCompute.replacesRows(agencies);
    }

    @Override
    public void write(Chunk<? extends AgencyStatus> chunk) {
        if (!replacesRows) {
            return;
        }
        List<Long> agencyIds = chunk.getItems().stream().map(status -> status.pledge().agencyId()).toList();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Set<List<Long>> storedAreas = bases.rollupsByDifference(bases.lock(asOf))
                ? rollups.replace(asOf, agencyIds, chunk.getItems(), now)
                : StoredAreaRows.keys(jdbc, asOf, AgencyIds.inList(agencyIds));
        deleteAreaRowsNotWrittenAgain(storedAreas, chunk);
    }

    /**
     * The writer overwrites the agencies' focus-area rows; only rows of areas the new statuses lack
     * (rare: a pledge moved to another catalog, or lost its items) must go. Deleting all of them and
     * inserting them again took twice as long.
     */
    private void deleteAreaRowsNotWrittenAgain(Set<List<Long>> storedAreas, Chunk<? extends AgencyStatus> chunk) {
        Set<List<Long>> written = new HashSet<>();
        for (AgencyStatus status : chunk) {
            status.areas().forEach(area -> written.add(List.of(status.pledge().agencyId(), area.focusAreaId())));
        }
        List<Object[]> stale = storedAreas.stream()
                .filter(stored -> !written.contains(stored))
                .map(stored -> new Object[] {asOf, stored.get(0), stored.get(1)})
                .toList();
        jdbc.batchUpdate("DELETE FROM agency_area_snapshot WHERE as_of = ? AND agency_id = ? AND focus_area_id = ?",
                stale);
    }
}
