package org.pledgetrack.batch.report;

import java.time.Clock;
import java.time.Duration;

import org.pledgetrack.core.locking.TaskLease;
import org.pledgetrack.core.report.ReportService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the recurring reports whose next run has come (checked every minute) and deletes expired
 * files (every hour). A poll runs on one node at a time (a short lease in {@code schedule_lock}),
 * and each firing is claimed in the definition row, so a report is never generated twice.
 * Recurring reports use the newest snapshot date. Off with {@code pledgetrack.jobs.schedule-enabled=false}
 * (a job timer key, named before "schedule" came to mean only the pledge's clock; kept for existing configurations).
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty(name = "pledgetrack.jobs.schedule-enabled", matchIfMissing = true)
class RecurringReportTimer {

    private static final Duration POLL_LEASE = Duration.ofSeconds(50);

    private final RecurringReportRunner runner;
    private final ReportService reports;
    private final TaskLease lock;
    private final Clock clock;

    RecurringReportTimer(RecurringReportRunner runner, ReportService reports, TaskLease lock, Clock clock) {
        this.runner = runner;
        this.reports = reports;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${pledgetrack.reports.poll-interval:PT1M}", initialDelayString = "PT30S")
    void poll() {
        if (lock.tryAcquire("recurring-reports", POLL_LEASE)) {
            runner.runDue(clock.instant());
        }
    }

    @Scheduled(fixedDelayString = "${pledgetrack.reports.cleanup-interval:PT1H}", initialDelayString = "PT1M")
    void expireOld() {
        if (lock.tryAcquire("report-retention", POLL_LEASE)) {
            reports.expireOld();
        }
    }
}
