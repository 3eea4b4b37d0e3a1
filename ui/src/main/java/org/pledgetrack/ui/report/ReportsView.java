package org.pledgetrack.ui.report;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.batch.report.ReportProgress;
import org.pledgetrack.core.report.FilterChoices;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.components.ProgressPoller;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * Reports: generate a report file from a snapshot (progress pushed from the server while the job
 * writes it), download the generated files, and (overseers, admins) keep recurring reports.
 * Agency users and TA staff generate the item-level detail of the agencies they may read.
 */
@Route("reports")
@PageTitle("Reports | pledgetrack")
@RolesAllowed({"OVERSEER", "ADMIN", "TA_STAFF", "AGENCY"})
public class ReportsView extends VerticalLayout {

    private static final int FILES_SHOWN = 50;

    private final ReportService reports;
    private final ReportJobLauncher launcher;
    private final CurrentUser user;
    private final ReportForm form;
    private final Button generate = new Button("Generate");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div progressPanel = new Div();
    private final ReportFilesGrid files;
    private final EmptyState noFiles = new EmptyState("No report files yet",
            "Choose a report, a format and an as-of date above, then press Generate.");
    private Long followed;
    private final ProgressPoller poller = new ProgressPoller(this, "report-progress", 300, this::refreshProgress,
            () -> followed != null && !generate.isEnabled());

    ReportsView(ReportService reports, ReportJobLauncher launcher, AuthenticatedUser authenticatedUser, Clock clock) {
        this.reports = reports;
        this.launcher = launcher;
        this.user = authenticatedUser.get();
        FilterChoices choices = reports.choices(user);
        this.form = new ReportForm(reports.typesFor(user), choices);
        this.files = new ReportFilesGrid(reports, user, clock);
        addClassName("reports-view");
        add(new Paragraph("Reports are read from the status snapshots of the as-of date you choose. "
                + "Files are kept for a limited time, then deleted."));
        if (choices.asOfDates().isEmpty()) {
            add(new EmptyState("No snapshots yet",
                    "Reports read the status snapshots. Run the status jobs (Status jobs page) or wait for tonight's run."));
        } else {
            add(form, generateBar(), progressPanel());
        }
        add(new H3("Generated files"), files, noFiles);
        if (user.readsEverything()) {
            add(new RecurringReportsPanel(reports, user, form));
        }
        refreshFiles();
    }

    private Component generateBar() {
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> start());
        return generate;
    }

    private Component progressPanel() {
        progress.setMin(0);
        progress.setMax(1);
        progress.setWidth("28rem");
        progress.getElement().setAttribute("aria-label", "Report progress");
        progressText.addClassName("progress-text");
        progressPanel.add(progress, progressText);
        progressPanel.addClassName("progress-panel");
        progressPanel.setVisible(false);
        return progressPanel;
    }

    private void start() {
        try {
            ReportFile file = launcher.generate(user, form.type.getValue(), form.format.getValue(),
                    form.asOf.getValue(), form.filters());
            followed = file.id();
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            ActionFeedback.refused(e.getMessage());
            return;
        }
        generate.setEnabled(false);
        progressPanel.setVisible(true);
        refreshProgress();
        poller.start();
    }

    /** Shows how far the followed file has got; stops following once it has ended. */
    void refreshProgress() {
        if (followed == null) {
            return;
        }
        ReportProgress current = launcher.progress(user, followed);
        progress.setValue(current.fractionDone());
        progressText.setText(current.file().type().label() + " (" + current.file().format() + "): "
                + current.rowsWritten() + " of " + current.totalRows() + " rows · "
                + current.file().status().name().toLowerCase());
        if (!current.generating()) {
            poller.stop();
            generate.setEnabled(true);
            refreshFiles();
        }
    }

    private void refreshFiles() {
        var list = reports.files(user, FILES_SHOWN);
        files.setItems(list);
        files.setVisible(!list.isEmpty());
        noFiles.setVisible(list.isEmpty());
    }
}
