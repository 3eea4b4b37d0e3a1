package org.pledgetrack.ui.pledge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.batch.report.ReportProgress;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.ProgressPoller;
import org.pledgetrack.ui.report.ReportDownloadLink;

/**
 * The agency's dossier on its pledge page: a button that starts the dossier job (a ZIP of the summary
 * PDF and every evidence file), the job's progress pushed while it runs, then the download link. The
 * file is also listed under Reports, like every generated file.
 */
class DossierPanel extends Div {

    private final ReportJobLauncher launcher;
    private final ReportService reports;
    private final CurrentUser user;
    private final long agencyId;
    private final Button start = new Button("Prepare dossier (ZIP)");
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Div result = new Div();
    private final ProgressPoller poller;
    private Long followed;

    DossierPanel(ReportJobLauncher launcher, ReportService reports, CurrentUser user, long agencyId) {
        this.launcher = launcher;
        this.reports = reports;
        this.user = user;
        this.agencyId = agencyId;
        this.poller = new ProgressPoller(this, "dossier-progress", 300, this::refreshProgress, () -> followed != null);
        addClassNames("card", "dossier-panel");
        progress.getElement().setAttribute("aria-label", "Dossier progress");
        progress.setWidth("20rem");
        progress.setVisible(false);
        progressText.addClassName("progress-text");
        start.addClickListener(click -> start());
        add(new H3("Dossier"), new Paragraph("The pledge in one ZIP: a summary PDF (items, statuses, dates, decisions "
                + "and comments, history) and every evidence file, in a folder per item."), start, progress,
                progressText, result);
    }

    private void start() {
        if (!ActionFeedback.attempt(() -> followed = launcher.generateDossier(user, agencyId).id(), () -> { })) {
            return;
        }
        start.setEnabled(false);
        progress.setVisible(true);
        result.removeAll();
        refreshProgress();
        poller.start();
    }

    /** Shows how many evidence files are in the archive; offers the download once it is complete. */
    void refreshProgress() {
        if (followed == null) {
            return;
        }
        ReportProgress current = launcher.progress(user, followed);
        progress.setValue(current.fractionDone());
        progressText.setText(current.rowsWritten() + " of " + current.totalRows() + " evidence files · "
                + current.file().status().name().toLowerCase());
        if (!current.generating()) {
            poller.stop();
            start.setEnabled(true);
            ReportFile file = current.file();
            result.add(file.status() == ReportStatus.READY ? ReportDownloadLink.of(reports, user, file, "Download the dossier")
                    : new Span("The dossier could not be prepared: " + file.errorMessage()));
            followed = null;
        }
    }
}
