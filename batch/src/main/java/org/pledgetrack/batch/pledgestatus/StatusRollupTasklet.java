package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.snapshot.ScheduleRule;
import org.pledgetrack.core.snapshot.ScheduleStatus;
import org.pledgetrack.core.snapshot.SnapshotGeneration;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rolls an as-of date's agency rows up per scope (NATIONAL, STATE, PROVIDER, STAFF) and per focus
 * area position (0 = all areas): the job's last step, and the roll-ups of generated prior
 * snapshots. It replaces the date's roll-ups (in the caller's transaction), so running it again (a
 * restart) gives the same rows. Percentages are computed from the summed counts by the same
 * {@link ScheduleRule#percent} as the agency rows; schedule-status columns count agencies
 * (position 0) or agency focus areas (positions 1-6). It bumps the {@link SnapshotGeneration} last.
 *
 * <p>One pass over the date's rows in Java: four GROUP BY queries (one per scope type, each joining
 * every row with its scope keys) took seconds per date at 18,000 agencies.
 */
public class StatusRollupTasklet implements Tasklet {

    private static final String INSERT = """
            INSERT INTO rollup_snapshot (as_of, scope_type, scope_key, focus_area_position, agencies, items_total,
                submitted, verified, pct_submitted, pct_verified, on_track, at_risk, behind, complete, computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public StatusRollupTasklet(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate asOf = chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getLocalDate(SnapshotJobParameters.AS_OF);
        rollUp(asOf, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return RepeatStatus.FINISHED;
    }

    /** Replaces the as-of date's roll-ups with ones computed from its agency rows now. */
    public void rollUp(LocalDate asOf, LocalDateTime now) {
        Map<Long, List<String[]>> scopes = scopesByAgency();
        Map<Long, Integer> positions = new HashMap<>();
        jdbc.query("SELECT id, position FROM focus_area", rs -> {
            positions.put(rs.getLong(1), rs.getInt(2));
        });
        Map<Long, List<String[]>> agencyScopes = new HashMap<>();
        RollupTotals totals = new RollupTotals();
        jdbc.query("""
                SELECT agency_id, state, items_total, submitted, verified, schedule_status
                FROM agency_snapshot WHERE as_of = ?""", rs -> {
            List<String[]> keys = new ArrayList<>();
            keys.add(new String[] {"NATIONAL", "ALL"});
            keys.add(new String[] {"STATE", rs.getString(2) == null ? "--" : rs.getString(2)});
            keys.addAll(scopes.getOrDefault(rs.getLong(1), List.of()));
            agencyScopes.put(rs.getLong(1), keys);
            add(totals, keys, 0, rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6));
        }, asOf);
        jdbc.query("""
                SELECT agency_id, focus_area_id, items_total, submitted, verified, schedule_status
                FROM agency_area_snapshot WHERE as_of = ?""", rs -> {
            List<String[]> keys = agencyScopes.get(rs.getLong(1));
            if (keys != null) {
                add(totals, keys, positions.get(rs.getLong(2)), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6));
            }
        }, asOf);
        jdbc.update("DELETE FROM rollup_snapshot WHERE as_of = ?", asOf);
        jdbc.batchUpdate(INSERT, totals.rows(asOf, now));
        // the date's rows are final (and may be the new latest date): the read API computes its answers
        // again (last statement: it holds the generation's row lock until the caller commits)
        jdbc.update(SnapshotGeneration.BUMP_SQL);
    }

    private static void add(RollupTotals totals, List<String[]> keys, int position, int items, int submitted,
                            int verified, String status) {
        ScheduleStatus schedule = ScheduleStatus.valueOf(status);
        for (String[] key : keys) {
            totals.add(key[0], key[1], position, items, submitted, verified, schedule);
        }
    }

    /** Each agency's PROVIDER keys (its TA staff's organizations, once each) and STAFF keys. */
    private Map<Long, List<String[]>> scopesByAgency() {
        Map<Long, Set<String>> providers = new HashMap<>();
        Map<Long, List<String[]>> scopes = new HashMap<>();
        jdbc.query("SELECT t.agency_id, t.user_id, u.organization_id FROM ta_agency_assignment t "
                + "JOIN app_user u ON u.id = t.user_id", rs -> {
            long agency = rs.getLong(1);
            scopes.computeIfAbsent(agency, id -> new ArrayList<>()).add(new String[] {"STAFF", rs.getString(2)});
            providers.computeIfAbsent(agency, id -> new LinkedHashSet<>()).add(rs.getString(3));
        });
        providers.forEach((agency, keys) -> keys.forEach(
                key -> scopes.get(agency).add(new String[] {"PROVIDER", key})));
        return scopes;
    }
}
