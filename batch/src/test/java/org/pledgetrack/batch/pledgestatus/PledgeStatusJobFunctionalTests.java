package org.pledgetrack.batch.pledgestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.common.SnapshotJob;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.batch.pledgestatus.ExpectedPledgeSnapshot.AgencyRow;
import org.pledgetrack.batch.pledgestatus.ExpectedPledgeSnapshot.AreaRow;
import org.pledgetrack.batch.pledgestatus.ExpectedPledgeSnapshot.RollupRow;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = BatchTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PledgeStatusJobFunctionalTests {

    private static final LocalDateTime COMPUTED_AT = LocalDateTime.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private JobOperator jobOperator;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    @Qualifier("pledgeStatusSnapshotJob")
    private SnapshotJob pledgeStatus;

    private PledgeSnapshotFixture fixture;

    @BeforeAll
    void createEdgeCases() {
        fixture = PledgeSnapshotFixture.create(jdbc);
    }

    @Test
    void everyNumberEqualsAnIndependentComputationOnALeapDay() {
        LocalDate asOf = LocalDate.of(2028, 2, 29);

        JobRun run = launcher.runNow("pledgeStatus", asOf, "test");

        assertThat(run.status()).isEqualTo("COMPLETED");
        ExpectedPledgeSnapshot expected = new ExpectedPledgeSnapshot(jdbc, asOf, COMPUTED_AT);
        assertThat(agencyRows(asOf)).containsExactlyInAnyOrderElementsOf(expected.agencies);
        assertThat(areaRows(asOf)).containsExactlyInAnyOrderElementsOf(expected.areas);
        assertThat(rollupRows(asOf)).containsExactlyInAnyOrderElementsOf(expected.rollups);
        assertThat(run.read()).isEqualTo(expected.agencies.size()).isEqualTo(run.total());
        assertThat(run.written()).as("agencies written; the roll-up rows are not counted").isEqualTo(run.read());
    }

    @Test
    void edgeCasesGetTheDocumentedRows() {
        LocalDate asOf = LocalDate.of(2028, 2, 27);

        launcher.runNow("pledgeStatus", asOf, "test");

        List<AgencyRow> rows = agencyRows(asOf);
        assertThat(rows).extracting(AgencyRow::agencyId)
                .contains(fixture.leapDayAgency, fixture.allVerifiedAgency, fixture.overdueAgency,
                        fixture.ownTargetsAgency)
                .doesNotContain(fixture.withdrawnAgency, fixture.noPledgeAgency, fixture.futurePledgeAgency);
        AgencyRow leapDay = row(rows, fixture.leapDayAgency);
        assertThat(leapDay.expectedPct()).isEqualByComparingTo("100.00");
        assertThat(leapDay.returned()).isEqualTo(2);
        // the item submitted on 2028-03-02 is not waiting yet; the last agency move was a submission on 2028-02-19
        assertThat(leapDay.waitingReview()).isEqualTo(3);
        assertThat(leapDay.daysSinceActivity()).isEqualTo(8);
        assertThat(leapDay.oldestWaitDays()).isEqualTo(14);
        // of three items, one with its own target date arrived (counts in full), one whose target was cleared
        AgencyRow ownTargets = row(rows, fixture.ownTargetsAgency);
        assertThat(ownTargets.expectedPct()).isEqualByComparingTo(expectedShare(LocalDate.of(2027, 3, 1), asOf, 25, 1));
        assertThat(row(rows, fixture.allVerifiedAgency).scheduleStatus()).isEqualTo("COMPLETE");
        // signed in 2020 and not complete: its 36 months are over
        assertThat(row(rows, fixture.overdueAgency).scheduleStatus()).isEqualTo("PAST_DEADLINE");
        assertThat(rollupRows(asOf)).filteredOn(r -> r.scopeType().equals("STAFF")
                        && r.scopeKey().equals(Long.toString(fixture.taStaffUser)) && r.position() == 0)
                .singleElement().satisfies(r -> assertThat(r.agencies()).isEqualTo(2));
    }

    @Test
    void runningTheSameAsOfDateAgainReplacesItsRows() {
        LocalDate asOf = LocalDate.of(2028, 2, 26);
        launcher.runNow("pledgeStatus", asOf, "test");
        List<AgencyRow> first = agencyRows(asOf);
        List<RollupRow> firstRollups = rollupRows(asOf);

        JobRun again = launcher.runNow("pledgeStatus", asOf, "test");

        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(agencyRows(asOf)).containsExactlyInAnyOrderElementsOf(first);
        assertThat(rollupRows(asOf)).containsExactlyInAnyOrderElementsOf(firstRollups);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ?", Integer.class, asOf))
                .isEqualTo(first.size());
    }

    @Test
    void restartingAfterAFailedChunkEqualsAnUninterruptedRun() throws Exception {
        LocalDate asOf = LocalDate.of(2028, 2, 28);
        JobExecution failed = jobOperator.start(pledgeStatus.job(),
                SnapshotJobParameters.builder(asOf, 0, "restart drill")
                        .addLong(SnapshotJobParameters.FAIL_AFTER_ITEMS, 4L, false).toJobParameters());
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        // each range of agencies committed its first chunk (3) before failing on its second
        assertThat(agencyRows(asOf)).isNotEmpty()
                .hasSizeLessThan(new ExpectedPledgeSnapshot(jdbc, asOf, COMPUTED_AT).agencies.size());

        JobRun restarted = launcher.runNow("pledgeStatus", asOf, "test");

        assertThat(restarted.status()).isEqualTo("COMPLETED");
        JobExecution restartedExecution = jobRepository.getJobExecution(restarted.executionId());
        assertThat(restartedExecution.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
        List<AgencyRow> afterRestart = agencyRows(asOf);
        List<AreaRow> areasAfterRestart = areaRows(asOf);
        List<RollupRow> rollupsAfterRestart = rollupRows(asOf);

        JobRun uninterrupted = launcher.runNow("pledgeStatus", asOf, "test");

        assertThat(jobRepository.getJobExecution(uninterrupted.executionId()).getJobInstanceId())
                .isNotEqualTo(failed.getJobInstanceId());
        assertThat(afterRestart).containsExactlyInAnyOrderElementsOf(agencyRows(asOf));
        assertThat(areasAfterRestart).containsExactlyInAnyOrderElementsOf(areaRows(asOf));
        assertThat(rollupsAfterRestart).containsExactlyInAnyOrderElementsOf(rollupRows(asOf));
        assertThat(afterRestart).containsExactlyInAnyOrderElementsOf(
                new ExpectedPledgeSnapshot(jdbc, asOf, COMPUTED_AT).agencies);
    }

    @Test
    void aDateSixtyDaysAgoCountsNothingRecordedAfterIt() {
        LocalDate asOf = LocalDate.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC).minusDays(60);

        JobRun run = launcher.runNow("pledgeStatus", asOf, "test");

        assertThat(run.status()).isEqualTo("COMPLETED");
        ExpectedPledgeSnapshot expected = new ExpectedPledgeSnapshot(jdbc, asOf, COMPUTED_AT);
        assertThat(agencyRows(asOf)).containsExactlyInAnyOrderElementsOf(expected.agencies);
        assertThat(areaRows(asOf)).containsExactlyInAnyOrderElementsOf(expected.areas);
        assertThat(rollupRows(asOf)).containsExactlyInAnyOrderElementsOf(expected.rollups);
        // every change of the leap-day pledge's items was made in February 2028: on 2027-12-31 none had moved,
        // while today 5 are verified and 4 wait for review
        AgencyRow leapDay = row(agencyRows(asOf), fixture.leapDayAgency);
        assertThat(List.of(leapDay.notStarted(), leapDay.verified(), leapDay.waitingReview()))
                .containsExactly(25, 0, 0);
        assertThat(leapDay.daysSinceActivity()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_item WHERE status = 'VERIFIED' AND pledge_id = "
                + "(SELECT MAX(id) FROM pledge WHERE agency_id = ?)", Integer.class, fixture.leapDayAgency))
                .isGreaterThanOrEqualTo(5);
        // the pledge completed on 2027-12-02 shows as completed, with its items verified on 2027-12-01 and before
        AgencyRow allVerified = row(agencyRows(asOf), fixture.allVerifiedAgency);
        assertThat(allVerified.pledgeStatus()).isEqualTo("COMPLETED");
    }

    private static BigDecimal expectedShare(LocalDate signedOn, LocalDate asOf, int items, int ownTargetDue) {
        long span = ChronoUnit.DAYS.between(signedOn, signedOn.plusMonths(36));
        long elapsed = ChronoUnit.DAYS.between(signedOn, asOf);
        return BigDecimal.valueOf(100 * (ownTargetDue * span + (items - ownTargetDue) * elapsed))
                .divide(BigDecimal.valueOf(items * span), 2, RoundingMode.HALF_UP);
    }

    private static AgencyRow row(List<AgencyRow> rows, long agencyId) {
        return rows.stream().filter(r -> r.agencyId() == agencyId).findFirst().orElseThrow();
    }

    private List<AgencyRow> agencyRows(LocalDate asOf) {
        return SnapshotRows.agencies(jdbc, asOf);
    }

    private List<AreaRow> areaRows(LocalDate asOf) {
        return SnapshotRows.areas(jdbc, asOf);
    }

    private List<RollupRow> rollupRows(LocalDate asOf) {
        return SnapshotRows.rollups(jdbc, asOf);
    }
}
