package org.pledgetrack.ui.grant;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.batch.report.ReportProgress;
import org.pledgetrack.core.grant.GranteeReport;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.ProgressPoller;
import org.pledgetrack.ui.report.ReportDownloadLink;

/**
 * One progress report's files for BJA (PDF and XLSX), made by the report job like every report and
 * kept under Reports too: the buttons start it, and the download link replaces "Generating…" once
 * the file is ready. The report covers the period of the as-of date: its end, or today while it runs.
 */
class BjaReportFiles extends HorizontalLayout {

    final Button pdf = new Button("PDF");
    final Button xlsx = new Button("XLSX");
    final Span state = new Span();
    private final ReportJobLauncher launcher;
    private final ReportService reports;
    private final CurrentUser user;
    private final ProgressPoller poller;
    private Long followed;

    /** The files' buttons, once the report's period has begun (before, there is nothing to report). */
    static Component forReport(ReportJobLauncher launcher, ReportService reports, CurrentUser user,
                               GranteeReport report, LocalDate today) {
        return report.periodStart().isAfter(today) ? new Span()
                : new BjaReportFiles(launcher, reports, user, report, today);
    }

    private BjaReportFiles(ReportJobLauncher launcher, ReportService reports, CurrentUser user, GranteeReport report,
                   LocalDate today) {
        this.launcher = launcher;
        this.reports = reports;
        this.user = user;
        this.poller = new ProgressPoller(this, "bja-report-progress", 300, this::refresh, () -> followed != null);
        LocalDate asOf = report.periodEnd().isAfter(today) ? today : report.periodEnd();
        ReportFilters grant = new ReportFilters(null, null, report.grantId(), null, null);
        pdf.addClickListener(click -> start(ReportFormat.PDF, asOf, grant));
        xlsx.addClickListener(click -> start(ReportFormat.XLSX, asOf, grant));
        pdf.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        xlsx.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        String period = report.periodStart() + " to " + report.periodEnd();
        pdf.getElement().setAttribute("aria-label", "Make the PDF for BJA of the period " + period);
        xlsx.getElement().setAttribute("aria-label", "Make the XLSX for BJA of the period " + period);
        setSpacing(false);
        setWrap(true);
        setAlignItems(Alignment.CENTER);
        add(pdf, xlsx, state);
    }

    private void start(ReportFormat format, LocalDate asOf, ReportFilters grant) {
        try {
            followed = launcher.generate(user, ReportType.GRANT_PROGRESS_REPORT, format, asOf, grant).id();
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            ActionFeedback.refused(e.getMessage());
            return;
        }
        state.removeAll();
        state.setText("Generating…");
        refresh();
        if (followed != null) {
            poller.start();
        }
    }

    /** Shows the followed file's link once it has ended well, or why it failed; then stops following it. */
    void refresh() {
        if (followed == null) {
            return;
        }
        ReportProgress progress = launcher.progress(user, followed);
        if (progress.generating()) {
            return;
        }
        poller.stop();
        followed = null;
        ReportFile file = progress.file();
        state.setText("");
        if (file.ready()) {
            state.add(ReportDownloadLink.of(reports, user, file, "Download " + file.format()));
        } else {
            ActionFeedback.refused("The file could not be made: " + file.errorMessage());
        }
    }
}
