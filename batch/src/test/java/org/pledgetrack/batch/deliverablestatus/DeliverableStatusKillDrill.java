package org.pledgetrack.batch.deliverablestatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.pledgetrack.batch.drill.SnapshotKillDrill;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/** kill -9 drill of the deliverable status job: 600 extra grants, one snapshot row each. */
public class DeliverableStatusKillDrill extends SnapshotKillDrill {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 18);
    private static final String AWARD_PREFIX = "KILL-DRILL-";
    private static final int GRANTS = 600;

    DeliverableStatusKillDrill(JdbcTemplate jdbc, SnapshotJobLauncher launcher, JobRepository jobRepository,
                               UserRepository users) {
        super(jdbc, launcher, jobRepository, users, DeliverableStatusJobConfiguration.JOB_NAME, AS_OF,
                "deliverable_snapshot");
    }

    @Override
    protected void addData() {
        jdbc.execute("SET SESSION max_recursive_iterations = 100000");
        jdbc.update("""
                INSERT INTO bcji_grant (award_number, title, grantee_org_id, site_name, award_amount, start_on, end_on,
                                        created_at, updated_at)
                WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
                SELECT CONCAT(?, n), 'Kill drill grant', (SELECT MIN(id) FROM organization), CONCAT('Site ', n),
                       100000, '2026-10-01', '2029-09-30', NOW(6), NOW(6)
                FROM seq""", GRANTS, AWARD_PREFIX);
    }

    @Override
    protected List<Map<String, Object>> snapshotRows(LocalDate asOf) {
        return jdbc.queryForList("SELECT * FROM deliverable_snapshot WHERE as_of = ? ORDER BY scope_type, scope_id",
                asOf);
    }

    @Override
    public void cleanUp() {
        jdbc.update("DELETE FROM deliverable_snapshot WHERE as_of = ?", AS_OF);
        jdbc.update("DELETE FROM bcji_grant WHERE award_number LIKE ?", AWARD_PREFIX + "%");
    }
}
