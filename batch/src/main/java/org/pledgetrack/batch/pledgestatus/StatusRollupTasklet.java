package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.snapshot.SnapshotGeneration;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rolls an as-of date's agency rows up per scope (NATIONAL, STATE, PROVIDER, STAFF) and per focus
 * area position (0 = all areas): the job's last step, and the roll-ups of generated prior
 * snapshots. It replaces the date's roll-ups (in the caller's transaction), so running it again (a
 * restart) gives the same rows. Percentages are computed from the summed counts by the same
 * {@link ScheduleRule#percent} as the agency rows; schedule-status columns count agencies
 * (position 0) or agency focus areas (positions 1-6). As a step it then records the date's
 * {@link SnapshotBasis} and advances the {@link PledgeChangeEpoch}; after an incremental run that
 * kept the roll-ups by difference, that is all it does. Either way it bumps the
 * {@link SnapshotGeneration} last.
 *
 * <p>One pass over the date's rows in Java: four GROUP BY queries (one per scope type, each joining
 * every row with its scope keys) took seconds per date at 18,000 agencies.
 */
public class StatusRollupTasklet implements Tasklet {

    private static final String INSERT = """
            INSERT INTO rollup_snapshot (as_of, scope_type, scope_key, focus_area_position, agencies, items_total,
                submitted, verified, pct_submitted, pct_verified, on_track, at_risk, behind, complete, computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The step context's key for how many roll-up rows the step recomputed (none after a roll-up by difference). */
    static final String ROLLUP_ROWS = "rollupRows";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SnapshotBasis bases;
    private final PledgeChangeEpoch epochs;

    public StatusRollupTasklet(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.bases = new SnapshotBasis(jdbc);
        this.epochs = new PledgeChangeEpoch(jdbc);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        LocalDate asOf = step.getJobParameters().getLocalDate(SnapshotJobParameters.AS_OF);
        long startedWith = step.getJobExecution().getExecutionContext().getLong(PledgeChangeEpoch.STARTED_WITH);
        Optional<SnapshotBasis.Basis> basis = bases.lock(asOf);
        if (bases.rollupsByDifference(basis)) {
            bases.record(asOf, startedWith, basis.get().assignmentRevision());
            // the rows changed in the chunks: the read API computes its answers again
            jdbc.update(SnapshotGeneration.BUMP_SQL);
        } else {
            // read first, so that it is the revision of the assignments the roll-up reads
            long assignmentRevision = bases.assignmentRevision();
            // kept apart from the step's written count, which the Status jobs screen shows as agencies written
            step.getExecutionContext().putInt(ROLLUP_ROWS, rollUp(asOf, LocalDateTime.ofInstant(clock.instant(),
                    ZoneOffset.UTC)));
            bases.record(asOf, startedWith, assignmentRevision);
        }
        epochs.advance();
        return RepeatStatus.FINISHED;
    }

    /** Replaces the as-of date's roll-ups with ones computed from its agency rows now; returns how many. */
    public int rollUp(LocalDate asOf, LocalDateTime now) {
        RollupKeys keys = RollupKeys.ofAllAgencies(jdbc);
        Map<Long, List<String[]>> agencyScopes = new HashMap<>();
        RollupTotals totals = new RollupTotals();
        jdbc.query("""
                SELECT agency_id, state, items_total, submitted, verified, schedule_status
                FROM agency_snapshot WHERE as_of = ?""", rs -> {
            List<String[]> scopes = keys.scopes(rs.getLong(1), rs.getString(2));
            agencyScopes.put(rs.getLong(1), scopes);
            totals.add(scopes, 0, rs.getInt(3), rs.getInt(4), rs.getInt(5), ScheduleStatus.valueOf(rs.getString(6)));
        }, asOf);
        jdbc.query("""
                SELECT agency_id, focus_area_id, items_total, submitted, verified, schedule_status
                FROM agency_area_snapshot WHERE as_of = ?""", rs -> {
            List<String[]> scopes = agencyScopes.get(rs.getLong(1));
            if (scopes != null) {
                totals.add(scopes, keys.position(rs.getLong(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        ScheduleStatus.valueOf(rs.getString(6)));
            }
        }, asOf);
        jdbc.update("DELETE FROM rollup_snapshot WHERE as_of = ?", asOf);
        List<Object[]> rows = totals.rows(asOf, now);
        jdbc.batchUpdate(INSERT, rows);
        // the date's rows are final (and may be the new latest date): the read API computes its answers
        // again (last statement: it holds the generation's row lock until the caller commits)
        jdbc.update(SnapshotGeneration.BUMP_SQL);
        return rows.size();
    }
}
