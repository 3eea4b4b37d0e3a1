package org.pledgetrack.batch.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The drill of a snapshot job: the node that takes the killed run over resumes the same job instance
 * after its last committed chunk, on its own, and must end with exactly the rows that the next
 * revision, computed without interruption, writes.
 */
public abstract class SnapshotKillDrill implements KillDrill {

    protected final JdbcTemplate jdbc;
    private final SnapshotJobLauncher launcher;
    private final JobRepository jobRepository;
    private final UserRepository users;
    private final String jobName;
    private final LocalDate asOf;
    private final String snapshotTable;
    private long restartedInstance;
    private JobRun killed;

    /** {@code snapshotTable} is the chunk step's table: its rows for the as-of date show how far the job got. */
    protected SnapshotKillDrill(JdbcTemplate jdbc, SnapshotJobLauncher launcher, JobRepository jobRepository,
                                UserRepository users, String jobName, LocalDate asOf, String snapshotTable) {
        this.jdbc = jdbc;
        this.launcher = launcher;
        this.jobRepository = jobRepository;
        this.users = users;
        this.jobName = jobName;
        this.asOf = asOf;
        this.snapshotTable = snapshotTable;
    }

    /** Adds enough agencies, grants, … to keep the job's chunk step busy for a while. */
    protected abstract void addData();

    /** Every snapshot row the job writes for the as-of date, all columns, in key order. */
    protected abstract List<Map<String, Object>> snapshotRows(LocalDate asOf);

    @Override
    public String prepare() {
        addData();
        return asOf.toString();
    }

    @Override
    public void runInSecondJvm(String argument) {
        launcher.runNow(jobName, LocalDate.parse(argument), "second JVM");
    }

    @Override
    public boolean halfWay() {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + snapshotTable + " WHERE as_of = ?", Integer.class,
                asOf);
        return rows != null && rows >= 30;
    }

    @Override
    public void assertLeftUnfinished() {
        killed = lastRun();
        assertThat(killed.node()).isEqualTo("second-jvm");
        assertThat(killed.written()).isPositive().isLessThan(killed.total());
    }

    @Override
    public Object finishAfterRecovery() throws InterruptedException {
        JobRun restarted = lastRun();
        for (int i = 0; i < 1200 && (restarted.executionId() == killed.executionId() || restarted.running()); i++) {
            Thread.sleep(100);
            restarted = lastRun();
        }
        JobRun dead = launcher.progress(Users.signedIn(users, DemoAccounts.ADMIN), killed.executionId());
        assertThat(dead.status()).isEqualTo("FAILED");
        assertThat(dead.errorText()).isEqualTo("Node second-jvm stopped during this run; node batch-tests resumed it.");
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(restarted.node()).isEqualTo("batch-tests");
        assertThat(restarted.resumedFrom()).isEqualTo(new JobRun.Resumption(dead.executionId(), dead.read()));
        assertThat(restarted.launchedBy()).isEqualTo(dead.launchedBy());
        assertThat(dead.read() + restarted.read()).as("items read by the killed run and by its resumption")
                .isEqualTo(dead.total());
        restartedInstance = jobRepository.getJobExecution(restarted.executionId()).getJobInstanceId();
        assertThat(jobRepository.getJobExecutions(jobRepository.getJobInstance(restartedInstance)))
                .as("the killed execution and its restart").hasSize(2);
        return snapshotRows(asOf);
    }

    @Override
    public Object uninterruptedResult() {
        JobRun uninterrupted = launcher.runNow(jobName, asOf, "test");
        assertThat(uninterrupted.status()).isEqualTo("COMPLETED");
        assertThat(jobRepository.getJobExecution(uninterrupted.executionId()).getJobInstanceId())
                .as("the next revision, a new job instance").isNotEqualTo(restartedInstance);
        return snapshotRows(asOf);
    }

    private JobRun lastRun() {
        return launcher.recentRuns(Users.signedIn(users, DemoAccounts.ADMIN), 20).stream()
                .filter(run -> run.jobName().equals(jobName) && asOf.equals(run.asOf()))
                .findFirst().orElseThrow();
    }
}
