package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk's agencies into the as-of date's roll-ups by difference, in the chunk's transaction
 * and before their rows are written (any row an agency has then, say from another job instance,
 * is replaced, so it leaves the roll-ups first). Does nothing when the roll-ups cannot be changed
 * by difference (a full run, changed assignments): the job's last step recomputes them then.
 */
class RollupDifferenceWriter implements ItemWriter<AgencyStatus> {

    private final SnapshotBasis bases;
    private final RollupsByDifference rollups;
    private final Clock clock;
    private final LocalDate asOf;

    RollupDifferenceWriter(JdbcTemplate jdbc, Clock clock, LocalDate asOf) {
        this.bases = new SnapshotBasis(jdbc);
        this.rollups = new RollupsByDifference(jdbc);
        this.clock = clock;
        this.asOf = asOf;
    }

    @Override
    public void write(Chunk<? extends AgencyStatus> chunk) {
        if (bases.rollupsByDifference(bases.lock(asOf))) {
            rollups.replace(asOf, chunk.getItems().stream().map(status -> status.pledge().agencyId()).toList(),
                    chunk.getItems(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        }
    }
}
