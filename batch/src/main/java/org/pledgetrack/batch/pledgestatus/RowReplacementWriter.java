package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.pledgetrack.core.database.LocalInfile;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes way for a chunk's rows in an incremental run, in the chunk's transaction and before the
 * {@link SnapshotWriter} writes them. The agencies' outdated rows leave the roll-ups and the new
 * statuses join them, by difference, when the date's roll-ups are kept so (otherwise the job's last
 * step recomputes them); and their focus-area rows go, since the new ones may cover other areas
 * (the agency row is simply overwritten). A full run has no rows to replace, so this does nothing.
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
        if (bases.rollupsByDifference(bases.lock(asOf))) {
            rollups.replace(asOf, agencyIds, chunk.getItems(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        }
        // only focus-area rows the new statuses do not overwrite: deleting all of them and inserting them
        // again took twice as long as letting the writer replace them
        String keptAreas = chunk.getItems().stream()
                .flatMap(status -> status.areas().stream()
                        .map(area -> "(" + status.pledge().agencyId() + ", " + area.focusAreaId() + ")"))
                .collect(Collectors.joining(", "));
        jdbc.update("DELETE FROM agency_area_snapshot WHERE as_of = ? AND agency_id IN (" + AgencyIds.inList(agencyIds)
                + ")" + (keptAreas.isEmpty() ? "" : " AND (agency_id, focus_area_id) NOT IN (" + keptAreas + ")"), asOf);
    }
}
