package org.pledgetrack.batch.timer;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;

/**
 * Looks for changes every {@code pledgetrack.snapshots.refresh.check-interval} on every node
 * ({@link SnapshotRefresh} lets one of them run); nothing when the refresh is switched off.
 * It starts once the application is ready: the demo data and the dataset generator write their
 * pledges in the application's runners, and a refresh in the middle of them would compute half a
 * world. Scheduled here rather than by {@code @Scheduled}, so that the interval's default stays in
 * {@link SnapshotRefreshSettings} alone.
 */
@Component
@EnableScheduling
class SnapshotRefreshTimer {

    private final SnapshotRefresh refresh;
    private final SnapshotRefreshSettings settings;
    private final TaskScheduler scheduler;

    SnapshotRefreshTimer(SnapshotRefresh refresh, SnapshotRefreshSettings settings, TaskScheduler scheduler) {
        this.refresh = refresh;
        this.settings = settings;
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startChecking() {
        if (settings.enabled()) {
            scheduler.scheduleWithFixedDelay(refresh::refreshIfChanged, settings.checkInterval());
        }
    }
}
