package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.snapshot.ScheduleRule;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last step: rolls the as-of date's agency rows up per scope (NATIONAL, STATE, PROVIDER, STAFF)
 * and per focus area position (0 = all areas). It replaces the date's roll-ups in one transaction,
 * so running it again (a restart) gives the same rows. Percentages are computed from the summed
 * counts by the same {@link ScheduleRule#percent} as the agency rows; schedule-status columns count
 * agencies (position 0) or agency focus areas (positions 1-6).
 */
class StatusRollupTasklet implements Tasklet {

    /** Agency totals as position 0 plus each focus area by its position, for one as-of date. */
    private static final String ROWS = """
            (SELECT s.agency_id, s.state, 0 AS position, s.items_total, s.submitted, s.verified, s.schedule_status
             FROM agency_snapshot s WHERE s.as_of = ?
             UNION ALL
             SELECT a.agency_id, s.state, fa.position, a.items_total, a.submitted, a.verified, a.schedule_status
             FROM agency_area_snapshot a
             JOIN agency_snapshot s ON s.as_of = a.as_of AND s.agency_id = a.agency_id
             JOIN focus_area fa ON fa.id = a.focus_area_id
             WHERE a.as_of = ?) r""";

    /** Scope type, its key expression, and the join that gives each agency its key(s). */
    private static final List<String[]> SCOPES = List.of(
            new String[] {"NATIONAL", "'ALL'", ""},
            new String[] {"STATE", "COALESCE(r.state, '--')", ""},
            new String[] {"PROVIDER", "m.provider_id", """
                    JOIN (SELECT DISTINCT t.agency_id, u.organization_id AS provider_id
                          FROM ta_agency_assignment t JOIN app_user u ON u.id = t.user_id) m
                      ON m.agency_id = r.agency_id"""},
            new String[] {"STAFF", "m.user_id", """
                    JOIN ta_agency_assignment m ON m.agency_id = r.agency_id"""});

    private static final String INSERT = """
            INSERT INTO rollup_snapshot (as_of, scope_type, scope_key, focus_area_position, agencies, items_total,
                submitted, verified, pct_submitted, pct_verified, on_track, at_risk, behind, complete, computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StatusRollupTasklet(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate asOf = chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getLocalDate(SnapshotJobParameters.AS_OF);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("DELETE FROM rollup_snapshot WHERE as_of = ?", asOf);
        for (String[] scope : SCOPES) {
            String sql = "SELECT CAST(" + scope[1] + " AS CHAR) AS scope_key, r.position, COUNT(*), "
                    + "SUM(r.items_total), SUM(r.submitted), SUM(r.verified), "
                    + "SUM(r.schedule_status = 'ON_TRACK'), SUM(r.schedule_status = 'AT_RISK'), "
                    + "SUM(r.schedule_status = 'BEHIND'), SUM(r.schedule_status = 'COMPLETE') "
                    + "FROM " + ROWS + " " + scope[2] + " GROUP BY scope_key, r.position";
            List<Object[]> rows = jdbc.query(sql, (rs, n) -> {
                int total = rs.getInt(4);
                int submitted = rs.getInt(5);
                int verified = rs.getInt(6);
                return new Object[] {asOf, scope[0], rs.getString(1), rs.getInt(2), rs.getInt(3), total, submitted,
                        verified, ScheduleRule.percent(submitted + verified, total),
                        ScheduleRule.percent(verified, total), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10), now};
            }, asOf, asOf);
            jdbc.batchUpdate(INSERT, rows);
        }
        return RepeatStatus.FINISHED;
    }
}
