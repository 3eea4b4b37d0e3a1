package org.pledgetrack.ui.grant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pledgetrack.core.grant.ProgressReport;
import org.pledgetrack.core.grant.ProgressReportService;
import org.pledgetrack.core.grant.ReportAttachment;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.FileDownloads;
import org.pledgetrack.ui.components.FileUploads;

/**
 * A progress report's files: download for everyone who sees the grant; upload and remove for the
 * grantee while the report can be edited. Same file rules as pledge evidence, enforced in core.
 */
class ReportFilesPanel extends Div {

    ReportFilesPanel(ProgressReportService reports, CurrentUser user, ProgressReport report, boolean editable,
                     Runnable reload) {
        add(new H3("Files"));
        Div list = new Div();
        list.addClassName("attachment-list");
        if (report.attachments().isEmpty()) {
            list.add(new Paragraph(editable ? "No files yet. Attach sign-in sheets, agendas or data tables below."
                    : "No files attached to this report."));
        }
        report.attachments().forEach(file -> list.add(row(reports, user, file, editable, reload)));
        add(list);
        if (editable) {
            Span hint = new Span("PDF, Word, Excel, PNG or JPEG, up to " + reports.uploadLimit().readableMaximum());
            hint.addClassName("field-label");
            add(hint, FileUploads.to((content, name) -> reports.attach(user, report.report().id(), content, name),
                    reports.uploadLimit(), reload));
        }
        addClassNames("card", "section");
    }

    private static Component row(ProgressReportService reports, CurrentUser user, ReportAttachment file,
                                 boolean editable, Runnable reload) {
        Anchor link = file.fileDeleted() ? new Anchor() : new Anchor(FileDownloads.attachment(() ->
                new DownloadResponse(reports.openAttachment(user, file.id()), file.originalFilename(),
                        file.contentType(), file.sizeBytes())), AttachmentType.DOWNLOAD, file.originalFilename());
        if (file.fileDeleted()) {
            link.setText(file.originalFilename() + " (file deleted after its removal)");
        }
        Div row = new Div(link, new Span(file.removed() ? " · removed" : ""));
        row.addClassName("evidence-row");
        if (file.removed()) {
            row.addClassName("removed");
        } else if (editable) {
            Button remove = new Button("Remove", click -> {
                if (ActionFeedback.attempt(() -> reports.removeAttachment(user, file.id()), reload)) {
                    reload.run();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", "Remove " + file.originalFilename());
            row.add(remove);
        }
        return row;
    }
}
