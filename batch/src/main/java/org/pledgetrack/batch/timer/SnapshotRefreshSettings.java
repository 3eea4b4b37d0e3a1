package org.pledgetrack.batch.timer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The automatic refresh of today's pledge status snapshot ({@link SnapshotRefresh}).
 *
 * @param enabled       {@code pledgetrack.snapshots.refresh.enabled}: false leaves today's numbers to the
 *                      nightly and on-demand runs
 * @param minInterval   {@code pledgetrack.snapshots.refresh.min-interval}: the shortest time between two
 *                      refresh runs, over all nodes, however fast changes arrive
 * @param checkInterval {@code pledgetrack.snapshots.refresh.check-interval}: how often each node looks
 *                      for changes (two primary-key lookups)
 */
@ConfigurationProperties("pledgetrack.snapshots.refresh")
public record SnapshotRefreshSettings(@DefaultValue("true") boolean enabled,
                                      @DefaultValue("60s") Duration minInterval,
                                      @DefaultValue("5s") Duration checkInterval) {

    public SnapshotRefreshSettings {
        if (!minInterval.isPositive() || !checkInterval.isPositive()) {
            throw new IllegalArgumentException("pledgetrack.snapshots.refresh: min-interval and check-interval must "
                    + "be positive, not " + minInterval + " and " + checkInterval);
        }
    }

    /** The longest a change waits for today's numbers to show it, apart from the run itself. */
    public Duration longestWait() {
        return minInterval.plus(checkInterval);
    }
}
