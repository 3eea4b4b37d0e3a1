package org.pledgetrack.batch.pledgestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.common.SnapshotJob;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The incremental run ({@code changedOnly}) after changes made through the core services must leave
 * exactly the rows a full run writes for the same as-of date — agency, focus-area and roll-up rows —
 * while recomputing only the agencies that changed.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class IncrementalPledgeStatusFunctionalTests {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 24);
    private static final LocalDateTime COMPUTED_AT = LocalDateTime.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private PledgeItemService items;
    @Autowired
    private PledgeService pledges;
    @Autowired
    private UserRepository users;
    @Autowired
    private JobOperator jobOperator;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    @Qualifier("pledgeStatusSnapshotJob")
    private SnapshotJob pledgeStatus;

    @Test
    void incrementalRunAfterAnAssignmentChangeRecomputesTheRollupsAndEqualsAFullRun() {
        PledgeSnapshotFixture fixture = PledgeSnapshotFixture.create(jdbc);
        CurrentUser ta = Users.signedIn(users, jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?",
                String.class, fixture.taStaffUser));
        JobRun first = launcher.runNow("pledgeStatus", AS_OF, "test");
        assertThat(first.status()).isEqualTo("COMPLETED");

        // one agency: a submission verified, a verified item reopened (statuses, waiting, activity)
        changeFirstItem(ta, fixture.leapDayAgency, ItemStatus.SUBMITTED, ItemStatus.VERIFIED, null);
        changeFirstItem(ta, fixture.leapDayAgency, ItemStatus.VERIFIED, ItemStatus.RETURNED, "Policy not adopted");
        // another: its TA staff, newly assigned (so the STAFF and PROVIDER roll-ups change), withdraws
        // the pledge, so its rows must go
        fixture.assign(fixture.taStaffUser, fixture.overdueAgency);
        long overduePledge = currentPledge(fixture.overdueAgency);
        pledges.withdraw(ta, overduePledge, jdbc.queryForObject("SELECT version FROM pledge WHERE id = ?",
                Integer.class, overduePledge), "Agency left the campaign");

        JobRun incremental = launcher.runNow("pledgeStatus", AS_OF, "test", true);

        assertThat(incremental.status()).isEqualTo("COMPLETED");
        assertThat(incremental.read()).isEqualTo(1);
        assertThat(stepsOf(incremental)).as("the assignment change needs every step").containsExactly(
                "recomputeChangedAgencies", "clearPledgeSnapshot", "computeAgencySnapshotsByRange",
                "computeAgencySnapshots:agencies0", "rollUpPledgeSnapshot");
        assertThat(rollupRowsWritten(incremental)).as("roll-ups recomputed from every agency row").isPositive();
        Rows afterIncremental = Rows.of(jdbc, AS_OF);
        assertThat(afterIncremental.agencies()).extracting(ExpectedPledgeSnapshot.AgencyRow::agencyId)
                .contains(fixture.leapDayAgency).doesNotContain(fixture.overdueAgency);

        JobRun full = launcher.runNow("pledgeStatus", AS_OF, "test");

        assertThat(full.read()).isGreaterThan(incremental.read());
        Rows afterFull = Rows.of(jdbc, AS_OF);
        assertThat(afterIncremental.agencies()).containsExactlyInAnyOrderElementsOf(afterFull.agencies());
        assertThat(afterIncremental.areas()).containsExactlyInAnyOrderElementsOf(afterFull.areas());
        assertThat(afterIncremental.rollups()).containsExactlyInAnyOrderElementsOf(afterFull.rollups());
        ExpectedPledgeSnapshot expected = new ExpectedPledgeSnapshot(jdbc, AS_OF, COMPUTED_AT);
        assertThat(afterIncremental.agencies()).containsExactlyInAnyOrderElementsOf(expected.agencies);
        assertThat(afterIncremental.rollups()).containsExactlyInAnyOrderElementsOf(expected.rollups);
    }

    @Test
    void incrementalRunWithoutChangesRecomputesNothing() {
        // a date of its own: the test classes share one job repository, and 2028-02-23 is another test's
        LocalDate asOf = LocalDate.of(2028, 2, 22);
        launcher.runNow("pledgeStatus", asOf, "test");
        Rows before = Rows.of(jdbc, asOf);

        JobRun incremental = launcher.runNow("pledgeStatus", asOf, "test", true);

        assertThat(incremental.status()).isEqualTo("COMPLETED");
        assertThat(incremental.read()).isZero();
        Rows after = Rows.of(jdbc, asOf);
        assertThat(after.agencies()).containsExactlyInAnyOrderElementsOf(before.agencies());
        assertThat(after.rollups()).containsExactlyInAnyOrderElementsOf(before.rollups());
    }

    @Test
    void incrementalRunKeepsTheRollupsByDifferenceAndEqualsAFullRun() {
        LocalDate asOf = LocalDate.of(2028, 2, 19);
        PledgeSnapshotFixture fixture = PledgeSnapshotFixture.create(jdbc);
        // the overdue agency's own TA staff member: the only agency of that STAFF roll-up
        long soleStaff = fixture.addTaStaff("Sole TA");
        fixture.assign(soleStaff, fixture.overdueAgency);
        fixture.assign(fixture.taStaffUser, fixture.noPledgeAgency);
        CurrentUser ta = Users.signedIn(users, fixture.username(fixture.taStaffUser));
        launcher.runNow("pledgeStatus", asOf, "test");
        assertThat(rollupsOf(asOf, "STAFF", soleStaff)).isNotEmpty();

        // item changes (revision), a withdrawal (rows go), a new pledge (rows come), a new state
        changeFirstItem(ta, fixture.leapDayAgency, ItemStatus.SUBMITTED, ItemStatus.VERIFIED, null);
        changeFirstItem(ta, fixture.leapDayAgency, ItemStatus.VERIFIED, ItemStatus.RETURNED, "Policy not adopted");
        CurrentUser sole = Users.signedIn(users, fixture.username(soleStaff));
        long overduePledge = currentPledge(fixture.overdueAgency);
        pledges.withdraw(sole, overduePledge, jdbc.queryForObject("SELECT version FROM pledge WHERE id = ?",
                Integer.class, overduePledge), "Agency left the campaign");
        pledges.startPledge(ta, fixture.noPledgeAgency, jdbc.queryForObject(
                "SELECT catalog_version_id FROM pledge WHERE id = ?", Long.class, currentPledge(fixture.leapDayAgency)),
                asOf.minusDays(3));
        jdbc.update("UPDATE organization SET state = 'ZX' WHERE id = ?", fixture.allVerifiedAgency);

        JobRun incremental = launcher.runNow("pledgeStatus", asOf, "test", true);

        assertThat(incremental.status()).isEqualTo("COMPLETED");
        assertThat(incremental.read()).isEqualTo(3);
        assertThat(stepsOf(incremental)).as("a few changes, roll-ups kept by difference: one step")
                .containsExactly("recomputeChangedAgencies");
        assertThat(rollupRowsWritten(incremental)).as("roll-ups recomputed from every agency row").isZero();
        assertThat(rollupsOf(asOf, "STAFF", soleStaff)).as("a roll-up no agency counts in any more").isEmpty();
        Rows afterIncremental = Rows.of(jdbc, asOf);
        assertThat(afterIncremental.agencies()).extracting(ExpectedPledgeSnapshot.AgencyRow::agencyId)
                .contains(fixture.leapDayAgency, fixture.noPledgeAgency, fixture.allVerifiedAgency)
                .doesNotContain(fixture.overdueAgency);

        launcher.runNow("pledgeStatus", asOf, "test");

        Rows afterFull = Rows.of(jdbc, asOf);
        assertThat(afterIncremental.agencies()).containsExactlyInAnyOrderElementsOf(afterFull.agencies());
        assertThat(afterIncremental.areas()).containsExactlyInAnyOrderElementsOf(afterFull.areas());
        assertThat(afterIncremental.rollups()).containsExactlyInAnyOrderElementsOf(afterFull.rollups());
        assertThat(afterIncremental.rollups()).containsExactlyInAnyOrderElementsOf(
                new ExpectedPledgeSnapshot(jdbc, asOf, COMPUTED_AT).rollups);
    }

    @Test
    void focusAreaAndRollupRowsWhoseFiguresStayAreNotWrittenAgain() {
        LocalDate asOf = LocalDate.of(2028, 2, 13);
        PledgeSnapshotFixture fixture = PledgeSnapshotFixture.create(jdbc);
        CurrentUser ta = Users.signedIn(users, fixture.username(fixture.taStaffUser));
        launcher.runNow("pledgeStatus", asOf, "test");
        // stamped rows show which ones the incremental run writes
        LocalDateTime stamp = LocalDateTime.of(2000, 1, 1, 0, 0);
        jdbc.update("UPDATE agency_area_snapshot SET computed_at = ? WHERE as_of = ?", stamp, asOf);
        jdbc.update("UPDATE rollup_snapshot SET computed_at = ? WHERE as_of = ?", stamp, asOf);
        long itemId = jdbc.queryForObject("SELECT MIN(id) FROM pledge_item WHERE pledge_id = ? AND status = 'SUBMITTED'",
                Long.class, currentPledge(fixture.leapDayAgency));
        long changedArea = jdbc.queryForObject("SELECT ci.focus_area_id FROM pledge_item pi "
                + "JOIN catalog_item ci ON ci.id = pi.catalog_item_id WHERE pi.id = ?", Long.class, itemId);
        int changedPosition = jdbc.queryForObject("SELECT position FROM focus_area WHERE id = ?", Integer.class,
                changedArea);
        items.changeStatus(ta, itemId, items.detail(ta, itemId).item().version(), ItemStatus.VERIFIED, null);

        JobRun incremental = launcher.runNow("pledgeStatus", asOf, "test", true);

        assertThat(incremental.read()).isEqualTo(1);
        assertThat(stepsOf(incremental)).containsExactly("recomputeChangedAgencies");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency_change WHERE epoch >= "
                + "(SELECT change_epoch FROM pledge_snapshot_basis WHERE as_of = ?)", Integer.class, asOf))
                .as("agencies the next incremental run compares").isZero();
        List<ExpectedPledgeSnapshot.AreaRow> areas = SnapshotRows.areas(jdbc, asOf).stream()
                .filter(row -> row.agencyId() == fixture.leapDayAgency).toList();
        assertThat(areas).hasSizeGreaterThan(1)
                .allSatisfy(row -> assertThat(row.computedAt())
                        .isEqualTo(row.focusAreaId() == changedArea ? COMPUTED_AT : stamp));
        List<ExpectedPledgeSnapshot.RollupRow> national = SnapshotRows.rollups(jdbc, asOf).stream()
                .filter(row -> row.scopeType().equals("NATIONAL")).toList();
        assertThat(national).hasSizeGreaterThan(2).allSatisfy(row -> assertThat(row.computedAt())
                .isEqualTo(row.position() == 0 || row.position() == changedPosition ? COMPUTED_AT : stamp));
        ExpectedPledgeSnapshot expected = new ExpectedPledgeSnapshot(jdbc, asOf, COMPUTED_AT);
        assertThat(SnapshotRows.areas(jdbc, asOf)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("computedAt")
                .containsExactlyInAnyOrderElementsOf(expected.areas);
        assertThat(SnapshotRows.rollups(jdbc, asOf)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("computedAt")
                .containsExactlyInAnyOrderElementsOf(expected.rollups);
    }

    @Test
    void aFailedIncrementalRunChangesNothingAndItsRestartEqualsAFullRun() throws Exception {
        LocalDate asOf = LocalDate.of(2028, 2, 14);
        PledgeSnapshotFixture fixture = PledgeSnapshotFixture.create(jdbc);
        fixture.assign(fixture.taStaffUser, fixture.noPledgeAgency);
        CurrentUser ta = Users.signedIn(users, fixture.username(fixture.taStaffUser));
        launcher.runNow("pledgeStatus", asOf, "test");
        Rows beforeChanges = Rows.of(jdbc, asOf);
        // four agencies to compute in the incremental run's one transaction: the drill fails it
        changeFirstItem(ta, fixture.leapDayAgency, ItemStatus.SUBMITTED, ItemStatus.VERIFIED, null);
        pledges.startPledge(ta, fixture.noPledgeAgency, jdbc.queryForObject(
                "SELECT catalog_version_id FROM pledge WHERE id = ?", Long.class, currentPledge(fixture.leapDayAgency)),
                asOf.minusDays(1));
        jdbc.update("UPDATE organization SET state = 'ZX' WHERE id IN (?, ?)", fixture.allVerifiedAgency,
                fixture.overdueAgency);
        JobExecution failed = jobOperator.start(pledgeStatus.job(), SnapshotJobParameters.builder(asOf, 1, "restart drill")
                .addString(SnapshotJobParameters.CHANGED_ONLY, "true", false)
                .addLong(SnapshotJobParameters.FAIL_AFTER_ITEMS, 3L, false).toJobParameters());
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        Rows afterFailure = Rows.of(jdbc, asOf);
        assertThat(afterFailure.agencies()).containsExactlyInAnyOrderElementsOf(beforeChanges.agencies());
        assertThat(afterFailure.rollups()).containsExactlyInAnyOrderElementsOf(beforeChanges.rollups());

        JobRun restarted = launcher.runNow("pledgeStatus", asOf, "test", true);

        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(jobRepository.getJobExecution(restarted.executionId()).getJobInstanceId())
                .isEqualTo(failed.getJobInstanceId());
        assertThat(restarted.read()).isEqualTo(4);
        assertThat(rollupRowsWritten(restarted)).as("roll-ups recomputed from every agency row").isZero();
        Rows afterRestart = Rows.of(jdbc, asOf);

        launcher.runNow("pledgeStatus", asOf, "test");

        Rows afterFull = Rows.of(jdbc, asOf);
        assertThat(afterRestart.agencies()).containsExactlyInAnyOrderElementsOf(afterFull.agencies());
        assertThat(afterRestart.areas()).containsExactlyInAnyOrderElementsOf(afterFull.areas());
        assertThat(afterRestart.rollups()).containsExactlyInAnyOrderElementsOf(afterFull.rollups());
    }

    private void changeFirstItem(CurrentUser user, long agencyId, ItemStatus from, ItemStatus to, String reason) {
        long itemId = jdbc.queryForObject("SELECT MIN(id) FROM pledge_item WHERE pledge_id = ? AND status = ?",
                Long.class, currentPledge(agencyId), from.name());
        items.changeStatus(user, itemId, items.detail(user, itemId).item().version(), to, reason);
    }

    /** Roll-up rows the roll-up step recomputed; 0 also when the run had no such step (one-step incremental run). */
    private int rollupRowsWritten(JobRun run) {
        return jobRepository.getJobExecution(run.executionId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("rollUpPledgeSnapshot"))
                .mapToInt(step -> step.getExecutionContext().getInt(StatusRollupTasklet.ROLLUP_ROWS, 0))
                .sum();
    }

    private List<String> stepsOf(JobRun run) {
        return jdbc.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? "
                + "ORDER BY STEP_EXECUTION_ID", String.class, run.executionId());
    }

    private List<ExpectedPledgeSnapshot.RollupRow> rollupsOf(LocalDate asOf, String scopeType, long scopeKey) {
        return SnapshotRows.rollups(jdbc, asOf).stream()
                .filter(row -> row.scopeType().equals(scopeType) && row.scopeKey().equals(Long.toString(scopeKey)))
                .toList();
    }

    private long currentPledge(long agencyId) {
        return jdbc.queryForObject("SELECT MAX(id) FROM pledge WHERE agency_id = ?", Long.class, agencyId);
    }

    /** The as-of date's rows of the three snapshot tables. */
    private record Rows(List<ExpectedPledgeSnapshot.AgencyRow> agencies, List<ExpectedPledgeSnapshot.AreaRow> areas,
                        List<ExpectedPledgeSnapshot.RollupRow> rollups) {

        static Rows of(JdbcTemplate jdbc, LocalDate asOf) {
            return new Rows(SnapshotRows.agencies(jdbc, asOf), SnapshotRows.areas(jdbc, asOf),
                    SnapshotRows.rollups(jdbc, asOf));
        }
    }
}
