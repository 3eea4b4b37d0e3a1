package org.pledgetrack.ui.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.batch.rosterimport.RosterImportRun;
import org.pledgetrack.batch.rosterimport.RosterImportService;
import org.pledgetrack.batch.rosterimport.RosterImportStatus;
import org.pledgetrack.core.account.InvitationService;
import org.pledgetrack.core.account.IssuedLink;
import org.pledgetrack.core.files.TemporaryUpload;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.BoundedUploadHandler;
import org.pledgetrack.ui.components.FileUploads;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * Admins upload a CSV roster of agencies and their users (the template or the FBI's agency list),
 * follow its check (the page polls while a job runs), see what importing it would do, choose to
 * import the valid rows or nothing, and download the rejected rows to correct and import again.
 */
@Route("admin/roster-import")
@PageTitle("Roster import | pledgetrack")
@RolesAllowed("ADMIN")
public class RosterImportView extends VerticalLayout {

    static final int POLL_MILLIS = 500;

    private final RosterImportService imports;
    private final InvitationService invitations;
    private final CurrentUser admin;
    private final Button start = new Button("Start import");
    private final Span chosenFile = new Span("No file chosen yet.");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph result = new Paragraph();
    private final Div decision = new Div();
    private final Div downloads = new Div();
    private final Button inviteImported = new Button();
    /** The uploaded roster waiting for "Start import"; deleted once handed over, replaced or left. */
    private TemporaryUpload pending;
    private Long followed;
    private Registration polling;

    RosterImportView(RosterImportService imports, InvitationService invitations, AuthenticatedUser authenticatedUser) {
        this.imports = imports;
        this.invitations = invitations;
        this.admin = authenticatedUser.get();
        addClassName("roster-import-view");
        result.addClassName("roster-import-result");
        downloads.addClassName("roster-import-downloads");
        add(instructions(), upload(), chosenFile, startButton(), progressPanel(), result, decision, inviteButton(), downloads);
    }

    private Component instructions() {
        return new Paragraph("Upload a CSV file saved as UTF-8 whose first line names the columns ori, agency_name, "
                + "state, agency_type and, optionally, city, county, sworn_officers, population_served, user_username, "
                + "user_display_name, user_email. The FBI's agency list works as published: its state codes (NB for "
                + "Nebraska, GM for Guam), its agency types (City, County, Tribal, …) and its column names "
                + "state_abbr, county_name, agency_type_name. A row adds an agency, or updates the agency with the "
                + "same ORI, and, when the user columns are filled, one agency user, who stays disabled until they "
                + "set a password from an invitation (invite them with the button shown after the import, or on the Accounts "
                + "page). Every row is checked first; then you see what the import would do "
                + "and choose to import the valid rows or nothing. Rejected rows come back as a CSV with a reason "
                + "column: correct them and upload that file.");
    }

    private Component upload() {
        Upload upload = new Upload(new BoundedUploadHandler(imports.uploadLimit(), this::fileReceived));
        FileUploads.hintLimits(upload, imports.uploadLimit());
        upload.addFileRejectedListener(rejected -> error(rejected.getErrorMessage()));
        return upload;
    }

    private Component startButton() {
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        return start;
    }

    private Component inviteButton() {
        inviteImported.addClassName("roster-import-invite");
        inviteImported.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteImported.setIcon(VaadinIcon.ENVELOPE.create());
        inviteImported.setVisible(false);
        inviteImported.addClickListener(click -> {
            List<IssuedLink> issued = invitations.inviteNotYetInvitedFromRosterImport(admin, followed);
            inviteImported.setVisible(false);
            new InvitationLinksDialog(issued).open();
        });
        return inviteImported;
    }

    /** Offers to invite the import's people who have no password and no invitation yet. */
    private void offerInvitations(RosterImportRun run) {
        int notInvited = run.status() == RosterImportStatus.IMPORTED
                ? invitations.notYetInvitedFromRosterImport(admin, run.id()) : 0;
        inviteImported.setText(notInvited == 1 ? "Invite the 1 person of this import"
                : "Invite the " + notInvited + " people of this import");
        inviteImported.setVisible(notInvited > 0);
    }

    private Component progressPanel() {
        Div panel = new Div(progress, progressText);
        panel.addClassName("roster-import-progress");
        panel.setWidth("32rem");
        progress.setVisible(false);
        return panel;
    }

    /** Keeps the uploaded file until the admin starts the import. */
    private void fileReceived(TemporaryUpload upload) {
        discardPending();
        pending = upload;
        chosenFile.setText("Ready to import: " + upload.name() + " (" + Math.max(1, (upload.size() + 1023) / 1024)
                + " KB).");
        start.setEnabled(true);
    }

    private void startImport() {
        try (InputStream content = pending.open()) {
            followed = imports.start(admin, pending.name(), content);
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(e.getMessage());
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = pending.name();
        discardPending();
        chosenFile.setText("Importing " + fileName + ". To import another file, upload it.");
        start.setEnabled(false);
        result.setText("");
        decision.removeAll();
        downloads.removeAll();
        inviteImported.setVisible(false);
        progress.setVisible(true);
        startPolling();
        refresh();
    }

    private void importValidRows() {
        try {
            imports.importValidRows(admin, followed);
        } catch (IllegalStateException e) {
            error(e.getMessage());
        }
        decision.removeAll();
        startPolling();
        refresh();
    }

    private void importNothing() {
        try {
            imports.importNothing(admin, followed);
        } catch (IllegalStateException e) {
            error(e.getMessage());
        }
        decision.removeAll();
        refresh();
    }

    /** Shows how far the followed import has got, what its check found and its outcome once it has ended. */
    void refresh() {
        if (followed == null) {
            return;
        }
        RosterImportRun run = imports.find(admin, followed);
        progress.setValue(run.progress());
        String rows = run.rowsRead() > 0 ? " · " + run.rowsRead() + " rows checked" : "";
        progressText.setText(run.status().label() + rows);
        if (run.status().running()) {
            return;
        }
        stopPolling();
        result.setText(run.message());
        // A refused or failed import's reason is what the admin must act on, so it stands out and is announced.
        boolean failed = run.status() == RosterImportStatus.FAILED || run.status() == RosterImportStatus.INVALID;
        result.setClassName("roster-import-failed", failed);
        result.getElement().setAttribute("role", failed ? "alert" : "status");
        if (run.status() == RosterImportStatus.CHECKED && decision.getComponentCount() == 0) {
            RosterCheckPanel panel = new RosterCheckPanel(imports, admin, run);
            panel.addImportValidRowsListener(event -> importValidRows());
            panel.addImportNothingListener(event -> importNothing());
            decision.add(panel);
        }
        downloads.removeAll();
        if (run.found().rejected() > 0) {
            downloads.add(new Div(rejectedRowsLink(run.id())));
        }
        if (run.errorCount() > 0) {
            downloads.add(new Div(reportLink(run.id())));
        }
        offerInvitations(run);
    }

    private Anchor rejectedRowsLink(long importId) {
        return csvLink("roster-import-" + importId + "-rejected-rows.csv",
                out -> imports.writeRejectedRows(admin, importId, out),
                "Download the rejected rows (CSV with a reason column, to correct and upload again)");
    }

    private Anchor reportLink(long importId) {
        return csvLink("roster-import-" + importId + "-errors.csv", out -> imports.writeErrorReport(admin, importId, out),
                "Download the error report (CSV, one line per problem)");
    }

    private static Anchor csvLink(String fileName, Consumer<Writer> content, String text) {
        DownloadHandler download = event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                content.accept(out);
            }
        };
        return new Anchor(download, AttachmentType.DOWNLOAD, text);
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
        if (followed != null && polling == null && imports.find(admin, followed).status().running()) {
            startPolling();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        discardPending();
        start.setEnabled(false);
        chosenFile.setText("No file chosen yet.");
        super.onDetach(detachEvent);
    }

    private void discardPending() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
    }

    private static void error(String message) {
        ActionFeedback.refused(message);
    }
}
