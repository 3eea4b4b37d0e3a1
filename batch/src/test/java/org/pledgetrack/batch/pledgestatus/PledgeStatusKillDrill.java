package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pledgetrack.batch.drill.DrillAgencies;
import org.pledgetrack.batch.drill.SnapshotKillDrill;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/** kill -9 drill of the pledge status job: 600 extra agencies with pledges and all 25 items each. */
public class PledgeStatusKillDrill extends SnapshotKillDrill {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 21);
    private static final String PREFIX = "Kill drill agency ";
    private static final int AGENCIES = 600;

    PledgeStatusKillDrill(JdbcTemplate jdbc, SnapshotJobLauncher launcher, JobRepository jobRepository,
                          UserRepository users) {
        super(jdbc, launcher, jobRepository, users, PledgeStatusJobConfiguration.JOB_NAME, AS_OF, "agency_snapshot");
    }

    @Override
    protected void addData() {
        DrillAgencies.addWithPledges(jdbc, PREFIX, AGENCIES);
        jdbc.update("""
                INSERT INTO pledge_item (pledge_id, catalog_item_id, status, submitted_at, last_agency_activity_at, updated_at)
                SELECT p.id, ci.id, ELT(1 + (p.id * 7 + ci.number) % 5, 'NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED',
                       'RETURNED', 'VERIFIED'), DATE_SUB('2028-02-20', INTERVAL (p.id + ci.number) % 90 DAY),
                       DATE_SUB('2028-02-20', INTERVAL (p.id + ci.number) % 60 DAY), NOW(6)
                FROM pledge p JOIN organization o ON o.id = p.agency_id AND o.name LIKE ?
                JOIN catalog_item ci ON ci.catalog_version_id = p.catalog_version_id""", PREFIX + "%");
    }

    @Override
    protected List<Map<String, Object>> snapshotRows(LocalDate asOf) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("SELECT * FROM agency_snapshot WHERE as_of = ? ORDER BY agency_id", asOf));
        rows.addAll(jdbc.queryForList(
                "SELECT * FROM agency_area_snapshot WHERE as_of = ? ORDER BY agency_id, focus_area_id", asOf));
        rows.addAll(jdbc.queryForList(
                "SELECT * FROM rollup_snapshot WHERE as_of = ? ORDER BY scope_type, scope_key, focus_area_position", asOf));
        return rows;
    }

    @Override
    public void cleanUp() {
        DrillAgencies.remove(jdbc, PREFIX);
        jdbc.update("DELETE FROM rollup_snapshot WHERE as_of = ?", AS_OF);
    }
}
