package org.pledgetrack.batch.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.batch.launch.JobChoice;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.demo.DemoDataLoaded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Right after the demo data is loaded, runs every snapshot job for the {@link DemoSnapshotDates}:
 * the quarter ends and the days the {@link DemoSnapshotSettings} ask for, and today. The jobs compute each date from the demo's
 * history, so the dashboards have numbers and a trend that moves on first sight. Quarters rather
 * than months keep the first start a few seconds shorter. Never runs against data people entered.
 */
@Component
@EnableConfigurationProperties(DemoSnapshotSettings.class)
class DemoSnapshots {

    private static final Logger log = LoggerFactory.getLogger(DemoSnapshots.class);

    private final SnapshotJobLauncher launcher;
    private final Clock clock;
    private final int quarters;
    private final int days;

    DemoSnapshots(SnapshotJobLauncher launcher, Clock clock,
                  DemoSnapshotSettings settings) {
        this.launcher = launcher;
        this.clock = clock;
        this.quarters = settings.snapshotQuarters();
        this.days = settings.snapshotDays();
    }

    @EventListener
    void onDemoDataLoaded(DemoDataLoaded event) {
        List<LocalDate> dates = DemoSnapshotDates.of(LocalDate.now(clock), quarters, days);
        if (dates.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        for (LocalDate asOf : dates) {
            for (JobChoice job : launcher.jobs()) {
                launcher.runNow(job.name(), asOf, "demo data");
            }
        }
        log.info("Demo snapshots for {} dates computed in {} ms", dates.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
