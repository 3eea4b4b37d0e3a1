package org.pledgetrack.batch.pledgestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.UserRepository;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hard way to interrupt a job: a separate JVM runs it against this test's database and is
 * killed (SIGKILL) after some chunks are committed. Starting the same as-of date again here must
 * recover the dead run, continue the same job instance and end with exactly the rows of an
 * uninterrupted run.
 */
@SpringBootTest(classes = BatchTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledJvmRestartFunctionalTests {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 21);
    private static final String PREFIX = "Kill drill agency ";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private UserRepository users;

    @Test
    void restartingARunWhoseJvmWasKilledEqualsAnUninterruptedRun() throws Exception {
        int agencies = 1500;
        addAgenciesWithPledges(agencies);
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), SnapshotJobProcess.class.getName(), jdbcUrl(),
                AS_OF.toString())
                .redirectErrorStream(true).redirectOutput(new File("target/killed-jvm.log")).start();

        int written = waitForRows(child, 60);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(written).isPositive().isLessThan(agencies);
        assertThat(launcher.recentRuns(Users.signedIn(users, DemoAccounts.ADMIN), 1).getFirst().status()).isEqualTo("STARTED");
        launcher.recoverInterruptedRuns();
        JobRun restarted = launcher.runNow("pledgeStatus", AS_OF, "test");
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        long instance = jobRepository.getJobExecution(restarted.executionId()).getJobInstanceId();
        assertThat(jobRepository.getJobExecutions(jobRepository.getJobInstance(instance))).hasSize(2);
        List<Map<String, Object>> afterRestart = snapshotRows();

        JobRun uninterrupted = launcher.runNow("pledgeStatus", AS_OF, "test");

        assertThat(jobRepository.getJobExecution(uninterrupted.executionId()).getJobInstanceId()).isNotEqualTo(instance);
        assertThat(afterRestart).hasSizeGreaterThan(agencies).isEqualTo(snapshotRows());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ?", Integer.class, AS_OF))
                .isEqualTo(new ExpectedPledgeSnapshot(jdbc, AS_OF,
                        LocalDateTime.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC)).agencies.size());
    }

    @AfterAll
    void removeTheExtraAgencies() {
        jdbc.update("DELETE p FROM pledge p JOIN organization o ON o.id = p.agency_id WHERE o.name LIKE ?", PREFIX + "%");
        jdbc.update("DELETE FROM organization WHERE name LIKE ?", PREFIX + "%");
        jdbc.update("DELETE FROM rollup_snapshot WHERE as_of = ?", AS_OF);
    }

    /** Every snapshot row of the date, all columns, in key order. */
    private List<Map<String, Object>> snapshotRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("SELECT * FROM agency_snapshot WHERE as_of = ? ORDER BY agency_id", AS_OF));
        rows.addAll(jdbc.queryForList(
                "SELECT * FROM agency_area_snapshot WHERE as_of = ? ORDER BY agency_id, focus_area_id", AS_OF));
        rows.addAll(jdbc.queryForList(
                "SELECT * FROM rollup_snapshot WHERE as_of = ? ORDER BY scope_type, scope_key, focus_area_position", AS_OF));
        return rows;
    }

    private int waitForRows(Process child, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline && child.isAlive()) {
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ?", Integer.class, AS_OF);
            if (rows != null && rows >= 30) {
                return rows;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The second JVM ended or wrote nothing before it could be killed; see target/killed-jvm.log");
    }

    private void addAgenciesWithPledges(int count) {
        jdbc.execute("SET SESSION max_recursive_iterations = 100000");
        jdbc.update("""
                INSERT INTO organization (kind, name, state, created_at, updated_at)
                WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
                SELECT 'AGENCY', CONCAT(?, n), ELT(1 + n % 3, 'KS', 'OH', 'VT'), NOW(6), NOW(6) FROM seq""",
                count, PREFIX);
        jdbc.update("""
                INSERT INTO pledge (agency_id, catalog_version_id, signed_on, target_on, status, created_at, updated_at)
                SELECT o.id, (SELECT MAX(id) FROM catalog_version), DATE_SUB('2028-01-01', INTERVAL (o.id % 1100) DAY),
                       DATE_ADD(DATE_SUB('2028-01-01', INTERVAL (o.id % 1100) DAY), INTERVAL 36 MONTH), 'ACTIVE',
                       NOW(6), NOW(6)
                FROM organization o WHERE o.name LIKE ?""", PREFIX + "%");
        jdbc.update("""
                INSERT INTO pledge_item (pledge_id, catalog_item_id, status, submitted_at, last_agency_activity_at, updated_at)
                SELECT p.id, ci.id, ELT(1 + (p.id * 7 + ci.number) % 5, 'NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED',
                       'RETURNED', 'VERIFIED'), DATE_SUB('2028-02-20', INTERVAL (p.id + ci.number) % 90 DAY),
                       DATE_SUB('2028-02-20', INTERVAL (p.id + ci.number) % 60 DAY), NOW(6)
                FROM pledge p JOIN organization o ON o.id = p.agency_id AND o.name LIKE ?
                JOIN catalog_item ci ON ci.catalog_version_id = p.catalog_version_id""", PREFIX + "%");
    }

    private String jdbcUrl() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }
}
