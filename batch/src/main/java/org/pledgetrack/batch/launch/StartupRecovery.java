package org.pledgetrack.batch.launch;

import java.util.List;

import org.pledgetrack.batch.common.InterruptedRunRecovery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs before the command-line runner and the demo snapshots: every job's executions that a killed
 * JVM left "running" are recovered (see {@link InterruptedRunRecovery}). Turn off
 * ({@code pledgetrack.jobs.recover-interrupted-on-startup=false}) when several nodes run jobs,
 * because a run that another node is still doing looks the same as a dead one.
 */
@Component
@Order(0)
public class StartupRecovery implements ApplicationRunner {

    private final List<InterruptedRunRecovery> jobs;
    private final boolean enabled;

    StartupRecovery(List<InterruptedRunRecovery> jobs,
                    JobSettings settings) {
        this.jobs = List.copyOf(jobs);
        this.enabled = settings.recoverInterruptedOnStartup();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            recoverAll();
        }
    }

    /** What a start-up does for every job, whatever the setting; the kill drills call it directly. */
    public void recoverAll() {
        jobs.forEach(InterruptedRunRecovery::recoverInterruptedRuns);
    }
}
