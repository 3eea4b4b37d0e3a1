package org.pledgetrack.ui.grant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pledgetrack.core.grant.AttachmentService;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverableAttachment;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.FileDownloads;
import org.pledgetrack.ui.components.FileUploads;

/**
 * A deliverable's files (agenda, sign-in sheet): download for everyone who sees the grant; upload
 * and remove for its TA staff. Same file rules as pledge evidence, enforced in core.
 */
class AttachmentsDialog extends Dialog {

    private final AttachmentService attachments;
    private final CurrentUser user;
    private final Deliverable deliverable;
    private final boolean manages;
    private final Div list = new Div();
    private final ComboBox<String> label = new ComboBox<>("What is the file?");

    AttachmentsDialog(AttachmentService attachments, CurrentUser user, Deliverable deliverable, boolean manages) {
        this.attachments = attachments;
        this.user = user;
        this.deliverable = deliverable;
        this.manages = manages;
        setHeaderTitle("Files of \"" + deliverable.title() + "\"");
        list.addClassName("attachment-list");
        add(list);
        if (manages) {
            add(uploadBox());
        }
        getFooter().add(new Button("Close", click -> close()));
        setWidth("min(40rem, 95vw)");
        refresh();
    }

    private Component uploadBox() {
        label.setItems("Agenda", "Sign-in sheet", "Presentation", "Evaluation summary", "Other");
        label.setAllowCustomValue(true);
        label.addCustomValueSetListener(custom -> label.setValue(custom.getDetail()));
        label.setValue("Agenda");
        Upload upload = FileUploads.to((content, name) -> attachments.attach(user, deliverable.id(), content, name,
                label.getValue()), attachments.uploadLimit(), this::refresh);
        Span hint = new Span("PDF, Word, Excel, PNG or JPEG, up to " + attachments.uploadLimit().readableMaximum());
        hint.addClassName("field-label");
        Div box = new Div(label, hint, upload);
        box.addClassName("evidence-upload");
        return box;
    }

    private void refresh() {
        list.removeAll();
        var files = attachments.attachments(user, deliverable.id());
        if (files.isEmpty()) {
            list.add(new Paragraph(manages ? "No files yet. Attach the agenda or the sign-in sheet below."
                    : "No files attached to this deliverable."));
        }
        files.forEach(file -> list.add(row(file)));
    }

    private Div row(DeliverableAttachment file) {
        Anchor link = fileLink(file);
        Span meta = new Span(" · " + file.label() + (file.removed() ? " · removed" : ""));
        Div row = new Div(link, meta);
        row.addClassName("evidence-row");
        if (file.removed()) {
            row.addClassName("removed");
        } else if (manages) {
            Button remove = new Button("Remove", click -> ActionFeedback.attempt(
                    () -> attachments.remove(user, file.id()), this::refresh));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", "Remove " + file.originalFilename());
            row.add(remove);
        }
        return row;
    }

    private Anchor fileLink(DeliverableAttachment file) {
        if (file.fileDeleted()) {
            Anchor gone = new Anchor();
            gone.setText(file.originalFilename() + " (file deleted after its removal)");
            return gone;
        }
        return new Anchor(download(file.id()), AttachmentType.DOWNLOAD, file.originalFilename());
    }

    private DownloadHandler download(long attachmentId) {
        return FileDownloads.attachment(() -> {
            DeliverableAttachment file = attachments.attachments(user, deliverable.id()).stream()
                    .filter(a -> a.id() == attachmentId).findFirst().orElseThrow();
            return new DownloadResponse(attachments.open(user, attachmentId), file.originalFilename(),
                    file.contentType(), file.sizeBytes());
        });
    }
}
