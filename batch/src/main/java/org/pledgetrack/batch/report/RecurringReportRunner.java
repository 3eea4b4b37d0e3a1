package org.pledgetrack.batch.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pledgetrack.core.report.ReportDefinition;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Generates the files of the recurring reports that are due at a given instant and mails them.
 * Separate from the schedule so that tests (and the schedule) pass the instant explicitly.
 */
@Component
public class RecurringReportRunner {

    private static final Logger log = LoggerFactory.getLogger(RecurringReportRunner.class);

    private final ReportService reports;
    private final ReportJobLauncher launcher;
    private final ReportMailer mailer;

    RecurringReportRunner(ReportService reports, ReportJobLauncher launcher, ReportMailer mailer) {
        this.reports = reports;
        this.launcher = launcher;
        this.mailer = mailer;
    }

    /**
     * Runs every enabled definition whose next fire time is not after {@code now}, once per poll
     * even when several fire times were missed, and returns the files produced. Nothing runs before
     * the first snapshot exists.
     */
    public List<ReportFile> runDue(Instant now) {
        Optional<LocalDate> asOf = reports.latestSnapshotDate();
        List<ReportFile> produced = new ArrayList<>();
        if (asOf.isEmpty()) {
            return produced;
        }
        for (ReportDefinition definition : reports.dueDefinitions(now)) {
            if (!reports.claimRun(definition, now)) {
                continue; // another node took this firing
            }
            try {
                ReportFile file = launcher.generateNow(reports.requestScheduled(definition, asOf.get()));
                mailer.send(definition, file);
                produced.add(file);
                log.info("Recurring report {} ({}) produced file {} ({})", definition.id(), definition.name(),
                        file.id(), file.status());
            } catch (RuntimeException e) {
                log.error("Recurring report {} ({}) failed", definition.id(), definition.name(), e);
            }
        }
        return produced;
    }
}
