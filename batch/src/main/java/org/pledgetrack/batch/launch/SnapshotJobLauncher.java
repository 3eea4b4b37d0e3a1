package org.pledgetrack.batch.launch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pledgetrack.batch.common.InterruptedRunRecovery;
import org.pledgetrack.batch.common.SnapshotJob;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Starts, follows and stops the snapshot jobs. Screens launch asynchronously and poll
 * {@link #progress}; the command line, the nightly schedule and the demo data run synchronously.
 *
 * <p>An as-of date's runs are job instances keyed by (as-of, revision). Launching finishes the
 * latest revision when it failed or was stopped (a restart continues where it broke off), refuses
 * while it runs, and otherwise starts the next revision, which replaces the date's rows.
 */
@Service
public class SnapshotJobLauncher implements InterruptedRunRecovery {

    static final String TOTAL_ITEMS = "totalItems";
    private static final Logger log = LoggerFactory.getLogger(SnapshotJobLauncher.class);

    private final Map<String, SnapshotJob> jobs = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final JobRepository jobRepository;
    private final JobOperator synchronousOperator;
    private final TaskExecutorJobOperator asynchronousOperator;
    private final JobRunRepository runs;
    private final AccessPolicy access;
    private final Clock clock;

    SnapshotJobLauncher(List<SnapshotJob> snapshotJobs, JobRepository jobRepository, JobOperator jobOperator,
                        JobRunRepository runs, AccessPolicy access, Clock clock, JobExecutors executors) throws Exception {
        MapJobRegistry registry = new MapJobRegistry();
        for (SnapshotJob job : snapshotJobs) {
            jobs.put(job.name(), job);
            labels.put(job.name(), job.label());
            registry.register(job.job());
        }
        this.jobRepository = jobRepository;
        this.synchronousOperator = jobOperator;
        this.asynchronousOperator = new TaskExecutorJobOperator();
        asynchronousOperator.setJobRepository(jobRepository);
        asynchronousOperator.setJobRegistry(registry);
        asynchronousOperator.setTaskExecutor(executors.forJobs("snapshot-job-"));
        asynchronousOperator.afterPropertiesSet();
        this.runs = runs;
        this.access = access;
        this.clock = clock;
    }

    public List<JobChoice> jobs() {
        return jobs.values().stream().map(job -> new JobChoice(job.name(), job.label())).toList();
    }

    /**
     * Starts the job for the as-of date in the background and returns its execution id at once.
     * Overseers, TA staff and admins only; the as-of date cannot be in the future.
     *
     * @throws IllegalStateException when the same as-of date is already being computed
     */
    public long launch(CurrentUser user, String jobName, LocalDate asOf) {
        access.requireRole(user, Role.OVERSEER, Role.TA_STAFF, Role.ADMIN);
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("The as-of date cannot be in the future.");
        }
        return start(asynchronousOperator, jobName, asOf, user.username()).getId();
    }

    /** Runs the job to its end in this thread (command line, demo data) and returns how it went. */
    public JobRun runNow(String jobName, LocalDate asOf, String launchedBy) {
        return run(start(synchronousOperator, jobName, asOf, launchedBy).getId());
    }

    /**
     * The nightly run: revision 0 of the date, so a second node or trigger finds the instance
     * complete or running and does nothing. A failed nightly run is restarted.
     */
    public void runScheduled(String jobName, LocalDate asOf) {
        JobParameters parameters = parameters(snapshotJob(jobName), asOf, 0, "schedule");
        try {
            JobExecution execution = synchronousOperator.start(snapshotJob(jobName).job(), parameters);
            log.info("Scheduled {} for {} ended {}", jobName, asOf, execution.getStatus());
        } catch (JobInstanceAlreadyCompleteException | JobExecutionAlreadyRunningException e) {
            log.info("Scheduled {} for {} skipped: {}", jobName, asOf, e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException("Scheduled " + jobName + " for " + asOf + " could not start", e);
        }
    }

    /** How far the execution has got; overseers, TA staff and admins only. */
    public JobRun progress(CurrentUser user, long executionId) {
        access.requireRole(user, Role.OVERSEER, Role.TA_STAFF, Role.ADMIN);
        return run(executionId);
    }

    /** Asks a running execution to stop after its current chunk; it can be finished later by launching again. */
    public void stop(CurrentUser user, long executionId) {
        access.requireRole(user, Role.OVERSEER, Role.TA_STAFF, Role.ADMIN);
        // an unknown id gets the same message as in progress(); the job repository would throw a data-access error
        run(executionId);
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution == null || !execution.isRunning()) {
            throw new IllegalStateException("This run has already ended.");
        }
        try {
            asynchronousOperator.stop(execution);
        } catch (Exception e) {
            throw new IllegalStateException("This run has already ended.", e);
        }
        log.info("{} asked to stop job execution {}", user.username(), executionId);
    }

    /** The latest runs of every snapshot job, newest first. */
    public List<JobRun> recentRuns(CurrentUser user, int limit) {
        access.requireRole(user, Role.OVERSEER, Role.TA_STAFF, Role.ADMIN);
        return runs.findRecent(limit, labels);
    }

    @Override
    public boolean recovers(String jobName) {
        return jobs.containsKey(jobName);
    }

    /**
     * Resumes the run of a dead node on this one, from its last committed chunk: Spring Batch restarts
     * the same job instance (the compute steps read only what has no rows yet), in the background.
     * Once only: a run that was itself a resumption, or that was being cancelled, is left failed, and
     * launching the date again finishes it.
     */
    @Override
    public void recover(JobExecution dead, String deadNode, String thisNode) {
        JobParameters parameters = dead.getJobParameters();
        Long resumedFrom = parameters.getLong(SnapshotJobParameters.RESUMED_FROM);
        if (resumedFrom != null) {
            InterruptedRunRecovery.markFailed(asynchronousOperator, dead, "Node " + deadNode + " stopped during this "
                    + "run, which had already resumed run " + resumedFrom + "; not resumed again. Run the date again to finish it.");
            return;
        }
        if (dead.getStatus() == BatchStatus.STOPPING) {
            InterruptedRunRecovery.markFailed(asynchronousOperator, dead, "Node " + deadNode
                    + " stopped while this run was being cancelled.");
            return;
        }
        InterruptedRunRecovery.markFailed(asynchronousOperator, dead, "Node " + deadNode + " stopped during this run; "
                + "node " + thisNode + " resumed it.");
        SnapshotJob job = snapshotJob(dead.getJobInstance().getJobName());
        try {
            JobExecution resumed = asynchronousOperator.start(job.job(), new JobParametersBuilder(parameters)
                    .addLong(SnapshotJobParameters.RESUMED_FROM, dead.getId(), false).toJobParameters());
            log.warn("Job execution {} of {} resumes execution {}, whose node {} died", resumed.getId(), job.name(),
                    dead.getId(), deadNode);
        } catch (Exception e) {
            // it stays failed; launching the date again restarts it
            log.error("Could not resume job execution {} of {}", dead.getId(), job.name(), e);
        }
    }

    private JobExecution start(JobOperator operator, String jobName, LocalDate asOf, String launchedBy) {
        SnapshotJob job = snapshotJob(jobName);
        // the latest revision's status from one query: the job repository would load its whole execution
        long revision = runs.findLatestRevision(jobName, asOf).map(latest -> {
            if (latest.lastStatus().isRunning()) {
                throw new IllegalStateException(job.label() + " for " + asOf + " is already running.");
            }
            boolean unfinished = latest.lastStatus() != BatchStatus.COMPLETED
                    && latest.lastStatus() != BatchStatus.ABANDONED;
            return unfinished ? latest.revision() : latest.revision() + 1;
        }).orElse(0L);
        try {
            return operator.start(job.job(), parameters(job, asOf, revision, launchedBy));
        } catch (JobExecutionAlreadyRunningException e) {
            throw new IllegalStateException(job.label() + " for " + asOf + " is already running.", e);
        } catch (Exception e) {
            throw new IllegalStateException(job.label() + " for " + asOf + " could not start: " + e.getMessage(), e);
        }
    }

    private static JobParameters parameters(SnapshotJob job, LocalDate asOf, long revision, String launchedBy) {
        return SnapshotJobParameters.builder(asOf, revision, launchedBy)
                .addLong(TOTAL_ITEMS, job.itemsFor(asOf), false)
                .toJobParameters();
    }

    private SnapshotJob snapshotJob(String jobName) {
        SnapshotJob job = jobs.get(jobName);
        if (job == null) {
            throw new IllegalArgumentException("There is no job '" + jobName + "'; the jobs are " + jobs.keySet() + ".");
        }
        return job;
    }

    private JobRun run(long executionId) {
        return runs.find(executionId, labels)
                .orElseThrow(() -> new IllegalArgumentException("There is no job run " + executionId + "."));
    }
}
