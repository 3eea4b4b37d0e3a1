package org.pledgetrack.batch.lease;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.pledgetrack.batch.common.InterruptedRunRecovery;
import org.pledgetrack.core.locking.JobRunLeaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finishes what dead nodes left: every node looks every {@code check-every} for job executions
 * whose lease expired, takes each over with one conditional update (so exactly one node does) and
 * hands it to its job's {@link InterruptedRunRecovery}, which marks it failed and resumes or tidies
 * it. A node restarting after a crash finds its own dead runs the same way, once their leases have
 * expired. Executions this JVM runs are never taken over here, whatever their lease says: they are
 * alive. Starts when the application is ready, on a thread of its own; not in a command-line run.
 */
@Component
public class DeadRunTakeover implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeadRunTakeover.class);

    private final JobRunLeaseStore leases;
    private final JobLeases running;
    private final List<InterruptedRunRecovery> recoveries;
    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final JobLeaseSettings settings;
    private final NodeId node;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("job-takeover").daemon().factory());

    DeadRunTakeover(JobRunLeaseStore leases, JobLeases running, List<InterruptedRunRecovery> recoveries,
                    JobRepository jobRepository, JobOperator jobOperator, JobLeaseSettings settings, NodeId node) {
        this.leases = leases;
        this.running = running;
        this.recoveries = List.copyOf(recoveries);
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.settings = settings;
        this.node = node;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startChecking(ApplicationReadyEvent ready) {
        // a command-line run (--job=…) exits right after its own job: a run it resumed would die with it
        if (settings.takeOver() && !ready.getApplicationContext().getEnvironment().containsProperty("job")) {
            long every = settings.checkEvery().toMillis();
            checker.scheduleWithFixedDelay(this::takeOverSafely, 0, every, TimeUnit.MILLISECONDS);
        }
    }

    /** Takes over every dead execution that no other node has taken yet; returns their ids. */
    public List<Long> takeOverDeadRuns() {
        List<Long> taken = new ArrayList<>();
        for (JobRunLeaseStore.ExpiredLease expired : leases.findExpired()) {
            if (!running.runsHere(expired.executionId()) && leases.takeOver(expired.executionId(), node.value())) {
                recover(expired.executionId(), expired.nodeId());
                taken.add(expired.executionId());
            }
        }
        LocalDateTime before = LocalDateTime.now().minus(settings.unleasedGrace());
        for (long executionId : leases.findRunningWithoutLease(before)) {
            if (!running.runsHere(executionId) && leases.takeOverUnleased(executionId, node.value())) {
                recover(executionId, "an earlier start");
                taken.add(executionId);
            }
        }
        return taken;
    }

    private void recover(long executionId, String deadNode) {
        JobExecution dead = jobRepository.getJobExecution(executionId);
        if (dead == null || !dead.getStatus().isRunning()) {
            return; // it ended just before its node died, only its lease was not given up
        }
        String jobName = dead.getJobInstance().getJobName();
        log.warn("Node {} takes over job execution {} of {}: node {} stopped renewing its lease", node, executionId,
                jobName, deadNode);
        recoveries.stream().filter(recovery -> recovery.recovers(jobName)).findFirst().ifPresentOrElse(
                recovery -> recovery.recover(dead, deadNode, node.value()),
                () -> InterruptedRunRecovery.markFailed(jobOperator, dead, "Node " + deadNode + " stopped during this run."));
    }

    private void takeOverSafely() {
        try {
            takeOverDeadRuns();
        } catch (RuntimeException e) {
            // the next check tries again: a dead run's lease stays expired and untaken
            log.warn("Node {} could not look for dead job runs: {}", node, e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
