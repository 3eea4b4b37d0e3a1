package org.pledgetrack.batch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.AtOnce;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(classes = BatchTestApplication.class)
class SnapshotJobLauncherIntegrationTests {

    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private UserRepository users;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void overseerLaunchesInTheBackgroundAndProgressReachesTheTotal() throws InterruptedException {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        long executionId = launcher.launch(overseer, "pledgeStatus", LocalDate.of(2028, 2, 25));

        JobRun run = launcher.progress(overseer, executionId);
        for (int i = 0; i < 300 && run.running(); i++) {
            Thread.sleep(100);
            run = launcher.progress(overseer, executionId);
        }
        assertThat(run.status()).isEqualTo("COMPLETED");
        assertThat(run.total()).isPositive().isEqualTo(run.read());
        assertThat(run.fractionDone()).isEqualTo(1.0);
        assertThat(run.launchedBy()).isEqualTo("Olive Overseer (demo)");
        assertThat(run.asOf()).isEqualTo(LocalDate.of(2028, 2, 25));
        assertThat(run.jobLabel()).isEqualTo("Pledge status snapshot");
        assertThat(launcher.recentRuns(overseer, 50)).extracting(JobRun::executionId).contains(executionId);
    }

    @Test
    void agencyUsersCannotLaunchOrSeeRuns() {
        CurrentUser agency = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);

        assertThatThrownBy(() -> launcher.launch(agency, "pledgeStatus", LocalDate.of(2028, 2, 25)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> launcher.recentRuns(agency, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFutureAsOfDateIsRefused() {
        CurrentUser staff = Users.signedIn(users, DemoAccounts.TA_STAFF);

        assertThatThrownBy(() -> launcher.launch(staff, "pledgeStatus", LocalDate.of(2028, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
    }

    @Test
    void aSecondScheduledTriggerForTheSameDayDoesNotRunTheJobAgain() {
        LocalDate asOf = LocalDate.of(2028, 2, 24);

        launcher.runScheduled("deliverableStatus", asOf);
        launcher.runScheduled("deliverableStatus", asOf);

        assertThat(executionsFor("deliverableStatus", asOf)).isEqualTo(1);
    }

    @Test
    void twoNodesLaunchingTheSameDateAtOnceNeverRunItTwiceAtTheSameTime() throws Exception {
        LocalDate asOf = LocalDate.of(2028, 2, 13);
        List<String> outcomes = AtOnce.call(List.<Callable<String>>of(() -> launchAs("node-a", asOf),
                () -> launchAs("node-b", asOf)));

        assertThat(outcomes).contains("COMPLETED").doesNotContain("FAILED");
        // one ran, or they ran one after the other (the second as the next revision): never side by side
        List<Map<String, Object>> executions = jdbc.queryForList("""
                SELECT e.START_TIME, e.END_TIME FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND i.JOB_NAME = 'deliverableStatus'
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                     AND p.PARAMETER_NAME = 'asOf' AND p.PARAMETER_VALUE = ?
                WHERE e.START_TIME IS NOT NULL ORDER BY e.START_TIME""", asOf.toString());
        assertThat(executions).isNotEmpty();
        for (int i = 1; i < executions.size(); i++) {
            assertThat(((LocalDateTime) executions.get(i).get("START_TIME")))
                    .isAfterOrEqualTo((LocalDateTime) executions.get(i - 1).get("END_TIME"));
        }
    }

    @Test
    void aDeadNodesRunIsMarkedFailedAndResumedOnceBySameInstance() throws InterruptedException {
        LocalDate asOf = LocalDate.of(2028, 2, 23);
        JobExecution crashed = runLeftRunning(SnapshotJobParameters.of(asOf, 0, "killed JVM"));
        assertThatThrownBy(() -> launcher.runNow("pledgeStatus", asOf, "test"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already running");

        launcher.recover(crashed, "node-a", "node-b");
        JobRun resumed = latestRunFor(asOf);
        for (int i = 0; i < 300 && (resumed.executionId() == crashed.getId() || resumed.running()); i++) {
            Thread.sleep(100);
            resumed = latestRunFor(asOf);
        }

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.resumedFrom().executionId()).isEqualTo(crashed.getId());
        assertThat(resumed.launchedBy()).isEqualTo("killed JVM");
        assertThat(jobRepository.getJobExecution(resumed.executionId()).getJobInstanceId())
                .isEqualTo(crashed.getJobInstanceId());
        JobRun dead = launcher.progress(admin(), crashed.getId());
        assertThat(dead.status()).isEqualTo("FAILED");
        assertThat(dead.errorText()).isEqualTo("Node node-a stopped during this run; node node-b resumed it.");
    }

    @Test
    void aResumedRunWhoseNodeDiesTooIsLeftFailedForAPersonToRunAgain() {
        LocalDate asOf = LocalDate.of(2028, 2, 14);
        JobExecution resumedThenCrashed = runLeftRunning(SnapshotJobParameters.builder(asOf, 0, "schedule")
                .addLong(SnapshotJobParameters.RESUMED_FROM, 12L, false).toJobParameters());

        launcher.recover(resumedThenCrashed, "node-b", "node-c");

        JobRun dead = launcher.progress(admin(), resumedThenCrashed.getId());
        assertThat(dead.status()).isEqualTo("FAILED");
        assertThat(dead.errorText()).isEqualTo("Node node-b stopped during this run, which had already resumed run 12; "
                + "not resumed again. Run the date again to finish it.");
        assertThat(executionsFor("pledgeStatus", asOf)).isEqualTo(1);
        assertThat(launcher.runNow("pledgeStatus", asOf, "test").status()).isEqualTo("COMPLETED");
    }

    /** A node's on-demand run of the deliverable job: how it ended, or "refused". */
    private String launchAs(String node, LocalDate asOf) {
        try {
            return launcher.runNow("deliverableStatus", asOf, node).status();
        } catch (IllegalStateException refused) {
            return "refused";
        }
    }

    /** An execution as a JVM that died in the middle of it leaves it: STARTED, never ended. */
    private JobExecution runLeftRunning(JobParameters parameters) {
        JobInstance instance = jobRepository.createJobInstance("pledgeStatus", parameters);
        JobExecution crashed = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        crashed.setStatus(BatchStatus.STARTED);
        crashed.setStartTime(LocalDateTime.now());
        jobRepository.update(crashed);
        return jobRepository.getJobExecution(crashed.getId());
    }

    private JobRun latestRunFor(LocalDate asOf) {
        return launcher.recentRuns(admin(), 20).stream()
                .filter(run -> run.jobName().equals("pledgeStatus") && asOf.equals(run.asOf()))
                .findFirst().orElseThrow();
    }

    private CurrentUser admin() {
        return Users.signedIn(users, DemoAccounts.ADMIN);
    }

    private int executionsFor(String jobName, LocalDate asOf) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                WHERE i.JOB_NAME = ? AND p.PARAMETER_NAME = 'asOf' AND p.PARAMETER_VALUE = ?""",
                Integer.class, jobName, asOf.toString());
    }
}
