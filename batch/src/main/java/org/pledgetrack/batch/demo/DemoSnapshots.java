package org.pledgetrack.batch.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.pledgetrack.batch.launch.JobChoice;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.demo.DemoDataLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Right after the demo data is loaded, computes every snapshot job for today and the previous
 * {@code pledgetrack.demo-data.snapshot-days} days (default 14), so the dashboards have numbers
 * and a trend on first sight. Never runs against data people entered.
 */
@Component
class DemoSnapshots {

    private static final Logger log = LoggerFactory.getLogger(DemoSnapshots.class);

    private final SnapshotJobLauncher launcher;
    private final Clock clock;
    private final int days;

    DemoSnapshots(SnapshotJobLauncher launcher, Clock clock,
                  @Value("${pledgetrack.demo-data.snapshot-days:14}") int days) {
        this.launcher = launcher;
        this.clock = clock;
        this.days = days;
    }

    @EventListener
    void onDemoDataLoaded(DemoDataLoaded event) {
        if (days < 0) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        for (LocalDate asOf = today.minusDays(days); !asOf.isAfter(today); asOf = asOf.plusDays(1)) {
            for (JobChoice job : launcher.jobs()) {
                launcher.runNow(job.name(), asOf, "demo data");
            }
        }
        log.info("Demo snapshots for {} days computed in {} ms", days + 1, (System.nanoTime() - started) / 1_000_000);
    }
}
