package org.pledgetrack.ui.admin;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.batch.rosterimport.RosterImportRun;
import org.pledgetrack.batch.rosterimport.RosterImportService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * Admins upload a CSV roster of agencies and their users, start the import, follow its progress
 * (the page polls while it runs) and, if rows were refused, download the list of problems.
 */
@Route("admin/roster-import")
@PageTitle("Roster import | pledgetrack")
@RolesAllowed("ADMIN")
public class RosterImportView extends VerticalLayout {

    static final int POLL_MILLIS = 500;

    private final RosterImportService imports;
    private final CurrentUser admin;
    private final Button start = new Button("Start import");
    private final Span chosenFile = new Span("No file chosen yet.");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph result = new Paragraph();
    private final Div errorReport = new Div();
    private String fileName;
    private byte[] content;
    private Long followed;
    private Registration polling;

    RosterImportView(RosterImportService imports, AuthenticatedUser authenticatedUser) {
        this.imports = imports;
        this.admin = authenticatedUser.get();
        addClassName("roster-import-view");
        result.addClassName("roster-import-result");
        add(instructions(), upload(), chosenFile, startButton(), progressPanel(), result, errorReport);
    }

    private Component instructions() {
        return new Paragraph("Upload a CSV file saved as UTF-8 whose first line names the columns ori, agency_name, "
                + "state, city, agency_type and, optionally, sworn_officers, population_served, user_username, "
                + "user_display_name, user_email. Each row adds an agency and, when the user columns are filled, "
                + "one agency user, who stays disabled until an admin gives them a password. Every row is checked "
                + "first: if any is wrong, nothing is imported and you can download the list of problems. "
                + "Importing a file that was already imported changes nothing.");
    }

    private Component upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) ->
                getUI().ifPresent(ui -> ui.access(() -> fileReceived(metadata.fileName(), data)))));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxBytes()));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(rejected -> error(rejected.getErrorMessage()));
        return upload;
    }

    private Component startButton() {
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        return start;
    }

    private Component progressPanel() {
        Div panel = new Div(progress, progressText);
        panel.addClassName("roster-import-progress");
        panel.setWidth("32rem");
        progress.setVisible(false);
        return panel;
    }

    /** Keeps the uploaded file until the admin starts the import. */
    void fileReceived(String name, byte[] data) {
        fileName = name;
        content = data;
        chosenFile.setText("Ready to import: " + name + " (" + Math.max(1, (data.length + 1023) / 1024) + " KB).");
        start.setEnabled(true);
    }

    private void startImport() {
        try {
            followed = imports.start(admin, fileName, content);
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(e.getMessage());
            return;
        }
        content = null;
        chosenFile.setText("Importing " + fileName + ". To import another file, upload it.");
        start.setEnabled(false);
        result.setText("");
        errorReport.removeAll();
        progress.setVisible(true);
        startPolling();
        refresh();
    }

    /** Shows how far the followed import has got, and its outcome once it has ended. */
    void refresh() {
        if (followed == null) {
            return;
        }
        RosterImportRun run = imports.find(admin, followed);
        progress.setValue(run.progress());
        String rows = run.rowsRead() > 0 ? " · " + run.rowsRead() + " rows checked" : "";
        progressText.setText(run.status().label() + rows);
        if (run.status().finished()) {
            stopPolling();
            result.setText(run.message());
            if (run.errorCount() > 0) {
                errorReport.add(reportLink(run));
            }
        }
    }

    private Anchor reportLink(RosterImportRun run) {
        long importId = run.id();
        DownloadHandler report = event -> {
            event.setFileName("roster-import-" + importId + "-errors.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                imports.writeErrorReport(admin, importId, out);
            }
        };
        return new Anchor(report, AttachmentType.DOWNLOAD, "Download the error report (CSV, one line per problem)");
    }

    private void startPolling() {
        stopPolling();
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (followed != null && polling == null && progress.getValue() < 1) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    private static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
