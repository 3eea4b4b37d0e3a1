package org.pledgetrack.batch.timer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.locking.TaskLease;
import org.pledgetrack.core.snapshot.SnapshotRefreshMarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keeps today's pledge status snapshot close to the live data: when a pledge or one of its items
 * changed since the last refresh, today's snapshot is recomputed by a full run. The changes are
 * found in the database ({@link SnapshotRefreshMarks#findChangeMark}), so a change made on any
 * node is seen. A lease in {@code schedule_lock}, taken for the minimum interval and not given back,
 * lets one node run at a time and at most one run start per interval however fast changes arrive.
 *
 * <p>Only the pledge status snapshot is refreshed. The deliverable snapshot's inputs change by updates
 * of existing rows (a delivery, a TA request's answer, a grantee report), which leave no new id to
 * find cheaply, and its other figures (due, overdue) move with the calendar, which the nightly run follows.
 */
@Component
@EnableConfigurationProperties(SnapshotRefreshSettings.class)
public class SnapshotRefresh {

    static final String JOB = "pledgeStatus";
    /** The lease in {@code schedule_lock} a refresh run holds for the minimum interval. */
    public static final String LEASE = "snapshot-refresh-" + JOB;
    static final String LAUNCHED_BY = "automatic refresh";
    private static final Logger log = LoggerFactory.getLogger(SnapshotRefresh.class);

    private final SnapshotRefreshMarks refreshes;
    private final SnapshotJobLauncher launcher;
    private final TaskLease lease;
    private final SnapshotRefreshSettings settings;
    private final Clock clock;

    SnapshotRefresh(SnapshotRefreshMarks refreshes, SnapshotJobLauncher launcher, TaskLease lease,
                    SnapshotRefreshSettings settings, Clock clock) {
        this.refreshes = refreshes;
        this.launcher = launcher;
        this.lease = lease;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Recomputes today's pledge status snapshot when pledges or items changed since the last
     * completed refresh, unless a refresh started on any node within the minimum interval (then the
     * next check after it does). Runs in the calling thread.
     *
     * @return the run, or empty when nothing changed or it is not this node's turn
     */
    public Optional<JobRun> refreshIfChanged() {
        // read before the run: a change that commits while it runs leaves a newer mark, so the next check runs again
        long mark = refreshes.findChangeMark();
        if (refreshes.findRefreshedMark(JOB).filter(refreshed -> refreshed == mark).isPresent()
                || !lease.tryAcquire(LEASE, settings.minInterval())) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        JobRun run;
        try {
            run = launcher.runNow(JOB, today, LAUNCHED_BY);
        } catch (IllegalStateException e) {
            // e.g. an on-demand or nightly run of today is under way; the next turn looks again
            log.info("Automatic refresh of {} for {} not started: {}", JOB, today, e.getMessage());
            return Optional.empty();
        }
        if (run.completed()) {
            refreshes.recordRefreshed(JOB, mark, clock.instant());
        } else {
            log.warn("Automatic refresh of {} for {} ended {}: {}", JOB, today, run.status(), run.errorText());
        }
        return Optional.of(run);
    }
}
