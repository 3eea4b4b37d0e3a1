package org.pledgetrack.batch.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.pledgetrack.batch.launch.JobSettings;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.locking.TaskLease;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Computes today's snapshots every night ({@code pledgetrack.jobs.pledge-status.cron}, default
 * 02:00 UTC; {@code pledgetrack.jobs.deliverable-status.cron}, default 02:15 UTC). Two guards keep
 * a job from running twice: a lease in {@code schedule_lock} per job and day, and the job
 * repository, which refuses a second start of the same instance. Off with
 * {@code pledgetrack.jobs.schedule-enabled=false} (the key keeps its name so that existing
 * configurations work; it switches the job timers, not the pledge's schedule).
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty(name = "pledgetrack.jobs.schedule-enabled", matchIfMissing = true)
class NightlySnapshotTimer {

    private final SnapshotJobLauncher launcher;
    private final TaskLease lock;
    private final Clock clock;
    private final Duration lease;

    NightlySnapshotTimer(SnapshotJobLauncher launcher, TaskLease lock, Clock clock,
                            JobSettings settings) {
        this.launcher = launcher;
        this.lock = lock;
        this.clock = clock;
        this.lease = settings.scheduleLease();
    }

    @Scheduled(cron = "${pledgetrack.jobs.pledge-status.cron:0 0 2 * * *}", zone = "UTC")
    void pledgeStatus() {
        runOnce("pledgeStatus");
    }

    @Scheduled(cron = "${pledgetrack.jobs.deliverable-status.cron:0 15 2 * * *}", zone = "UTC")
    void deliverableStatus() {
        runOnce("deliverableStatus");
    }

    void runOnce(String jobName) {
        LocalDate today = LocalDate.now(clock);
        if (lock.tryAcquire("nightly-" + jobName + "-" + today, lease)) {
            launcher.runScheduled(jobName, today);
        }
    }
}
