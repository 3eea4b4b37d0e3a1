package org.pledgetrack.batch.launch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Start-up duties of the launcher. */
@Configuration(proxyBeanMethods = false)
class LaunchConfiguration {

    /**
     * Runs before the command-line runner and the demo snapshots: executions that a killed JVM left
     * "running" are marked failed so that they can be restarted. Turn off
     * ({@code pledgetrack.jobs.recover-interrupted-on-startup=false}) when several nodes run jobs.
     */
    @Bean
    @Order(0)
    ApplicationRunner interruptedRunRecovery(SnapshotJobLauncher launcher,
            @Value("${pledgetrack.jobs.recover-interrupted-on-startup:true}") boolean enabled) {
        return args -> {
            if (enabled) {
                launcher.recoverInterruptedRuns();
            }
        };
    }
}
