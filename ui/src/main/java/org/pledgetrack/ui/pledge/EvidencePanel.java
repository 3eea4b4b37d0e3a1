package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.pledgetrack.core.pledge.Evidence;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.FileUploads;
import org.pledgetrack.ui.components.HumanDates;

/**
 * An item's evidence: every file and link with who added it, removed ones struck through with
 * a restore button, and, while the agency may change it, an upload and a link field.
 */
class EvidencePanel extends Div {

    private final EvidenceService evidence;
    private final CurrentUser user;
    private final Runnable onChange;

    EvidencePanel(EvidenceService evidence, CurrentUser user, long itemId, List<Evidence> pieces, boolean editable,
                  Clock clock, Runnable onChange) {
        this.evidence = evidence;
        this.user = user;
        this.onChange = onChange;
        addClassName("evidence-panel");
        if (pieces.isEmpty()) {
            add(new Paragraph(editable ? "No evidence yet. Upload the policy or a document, or add a link to where it "
                    + "is published; an item needs at least one piece of evidence to be submitted."
                    : "No evidence yet."));
        }
        pieces.forEach(piece -> add(row(piece, editable, clock)));
        if (editable) {
            add(upload(itemId), linkForm(itemId), attachExisting(itemId));
        }
    }

    private Component attachExisting(long itemId) {
        Button attach = new Button("Attach existing evidence", click -> new AttachEvidenceDialog(
                evidence.attachableTo(user, itemId),
                chosen -> act(() -> evidence.attachExisting(user, itemId, chosen.id()))).open());
        attach.addClassName("attach-existing-evidence");
        return attach;
    }

    private Component row(Evidence piece, boolean editable, Clock clock) {
        Span who = new Span(" added by " + (piece.uploadedByName() == null ? "a former user" : piece.uploadedByName())
                + " ");
        Div row = new Div(EvidenceLink.of(evidence, user, piece), who, HumanDates.relativeSpan(piece.uploadedAt(), clock));
        row.addClassName("evidence-row");
        if (piece.description() != null) {
            row.add(new Paragraph(piece.description()));
        }
        String dates = datesOf(piece);
        if (!dates.isEmpty()) {
            row.add(new Paragraph(dates));
        }
        if (!piece.alsoOnItems().isEmpty()) {
            row.add(new Paragraph("Also evidence for item" + (piece.alsoOnItems().size() == 1 ? " " : "s ")
                    + String.join(", ", piece.alsoOnItems().stream().map(String::valueOf).toList())));
        }
        if (piece.removed()) {
            row.addClassName("removed");
            row.add(new Paragraph("Removed by " + piece.removedByName()
                    + (piece.removedReason() == null ? "" : ": " + piece.removedReason())));
        }
        if (editable && !piece.fileDeleted()) {
            Button action = piece.removed()
                    ? new Button("Restore", click -> act(() -> evidence.restore(user, piece.id())))
                    : new Button("Remove", click -> act(() -> evidence.remove(user, piece.id(), null)));
            action.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            action.getElement().setAttribute("aria-label", action.getText() + " " + piece.label());
            row.add(action);
        }
        return row;
    }

    private static String datesOf(Evidence piece) {
        String effective = piece.effectiveOn() == null ? "" : "Took effect " + piece.effectiveOn();
        String review = piece.reviewBy() == null ? "" : "review by " + piece.reviewBy();
        return effective.isEmpty() ? (review.isEmpty() ? "" : "Review by " + piece.reviewBy())
                : review.isEmpty() ? effective : effective + ", " + review;
    }

    private Component upload(long itemId) {
        EvidenceDatesFields dates = new EvidenceDatesFields();
        Upload upload = FileUploads.to((content, name) -> evidence.addFile(user, itemId, content, name, null,
                dates.dates()), evidence.uploadLimit(), onChange);
        Span label = new Span("Add a file: PDF, Word, Excel, PNG or JPEG, up to "
                + evidence.uploadLimit().readableMaximum());
        label.addClassName("field-label");
        Div box = new Div(label, dates, upload);
        box.addClassName("evidence-upload");
        return box;
    }

    private Component linkForm(long itemId) {
        TextField url = new TextField("Or add a link");
        url.setPlaceholder("https://");
        url.setWidth("24rem");
        url.setMaxLength(2000);
        Button add = new Button("Add link");
        add.setDisableOnClick(true);
        add.addClickListener(click -> {
            if (!act(() -> evidence.addLink(user, itemId, url.getValue(), null))) {
                add.setEnabled(true);
            }
        });
        Div form = new Div(url, add);
        form.addClassNames("form-row", "evidence-link-form");
        return form;
    }

    private boolean act(Runnable action) {
        if (ActionFeedback.attempt(action, onChange)) {
            onChange.run();
            return true;
        }
        return false;
    }
}
