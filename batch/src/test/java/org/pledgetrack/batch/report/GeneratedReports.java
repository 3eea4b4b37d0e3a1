package org.pledgetrack.batch.report;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.jdbc.core.JdbcTemplate;

/** Generates report files as the overseer, from the demo data's snapshots of one as-of date, and reads them back. */
record GeneratedReports(ReportJobLauncher launcher, ReportService reports, SnapshotJobLauncher snapshots,
                        UserRepository users, JdbcTemplate jdbc, LocalDate asOf) {

    /** Runs both status jobs for the date unless an earlier test in this JVM did. */
    GeneratedReports withSnapshots() {
        Long agencyRows = jdbc.queryForObject("SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ?", Long.class, asOf);
        Long deliverableRows = jdbc.queryForObject("SELECT COUNT(*) FROM deliverable_snapshot WHERE as_of = ?",
                Long.class, asOf);
        if (agencyRows == 0) {
            snapshots.runNow("pledgeStatus", asOf, "test");
        }
        if (deliverableRows == 0) {
            snapshots.runNow("deliverableStatus", asOf, "test");
        }
        return this;
    }

    /** Unfiltered, or about Wichita for the item-level detail. */
    byte[] generate(ReportType type, ReportFormat format) throws IOException {
        return generate(type, format, type.aboutOneAgency() ? new ReportFilters(null, null, null, null, wichitaId())
                : ReportFilters.NONE);
    }

    byte[] generate(ReportType type, ReportFormat format, ReportFilters filters) throws IOException {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ReportFile file = launcher.generateNow(reports.request(overseer, type, format, asOf, filters));
        if (file.status() != ReportStatus.READY) {
            throw new IllegalStateException("The report failed: " + file.errorMessage());
        }
        try (InputStream in = reports.open(overseer, file.id())) {
            return in.readAllBytes();
        }
    }

    long wichitaId() {
        return Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId();
    }
}
