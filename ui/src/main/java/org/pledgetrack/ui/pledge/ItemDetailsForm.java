package org.pledgetrack.ui.pledge;

import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.pledgetrack.core.pledge.ItemDetail;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.ui.components.FieldRules;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.RecordForm;

/**
 * The agency's fields of an item: owner, target date and notes, checked with core's limits and saved
 * the way every form saves ({@link RecordForm}); a refusal from core shows under the form, beside the
 * button that caused it.
 */
class ItemDetailsForm extends FormLayout {

    final TextField owner = new TextField("Owner");
    final DatePicker targetOn = new DatePicker("Target date");
    final TextArea notes = new TextArea("Notes");
    final RecordForm<ItemDetailsChange> form = new RecordForm<>(ItemDetailsChange.class, "Save details");
    private final ItemDetailsChange stored;

    ItemDetailsForm(ItemDetail detail) {
        PledgeItem item = detail.item();
        stored = new ItemDetailsChange(text(item.ownerName()), item.targetOn(), text(item.notes()));
        boolean editable = detail.canEditDetails();
        addClassName("item-details-form");
        owner.setMaxLength(PledgeItemService.MAX_OWNER);
        owner.setHelperText("Who in the agency drives this item");
        targetOn.setHelperText("Optional; from this date the item counts as fully expected");
        notes.setMaxLength(PledgeItemService.MAX_TEXT);
        bind();
        add(owner, targetOn, notes);
        setColspan(notes, 2);
        if (detail.targetAfterDeadline()) {
            add(lateTargetNotice(detail));
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        owner.setReadOnly(!editable);
        targetOn.setReadOnly(!editable);
        notes.setReadOnly(!editable);
        if (editable) {
            Div actions = new Div(form.save, form.error);
            actions.addClassName("form-row");
            add(actions);
            setColspan(actions, 2);
        }
    }

    private void bind() {
        form.binder.forField(owner).withValidator(FieldRules.atMost(PledgeItemService.MAX_OWNER, "The owner"))
                .bind("ownerName");
        form.binder.forField(targetOn).bind("targetOn");
        form.binder.forField(notes).withValidator(FieldRules.atMost(PledgeItemService.MAX_TEXT, "The notes"))
                .bind("notes");
        form.read(stored);
    }

    /** What the fields hold now. */
    ItemDetailsChange edits() {
        return new ItemDetailsChange(owner.getValue(), targetOn.getValue(), notes.getValue());
    }

    /** Whether the fields differ from what is stored (blanks around text aside). */
    boolean hasUnsavedEdits() {
        ItemDetailsChange now = edits();
        return !text(now.ownerName()).strip().equals(stored.ownerName().strip())
                || !Objects.equals(now.targetOn(), stored.targetOn())
                || !text(now.notes()).strip().equals(stored.notes().strip());
    }

    /** Puts edits made on the page before it was refreshed back into the fields. */
    void keep(ItemDetailsChange edits) {
        form.read(edits);
    }

    /** Shows the offer to restore a draft of the notes just above the notes field. */
    void placeNotesDraftOffer(Component offer) {
        addComponentAtIndex(indexOf(notes), offer);
        setColspan(offer, 2);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Said plainly, since a late target is allowed but does not buy the agency time on the schedule. */
    private Paragraph lateTargetNotice(ItemDetail detail) {
        Paragraph notice = new Paragraph("This target date is after the pledge's deadline of "
                + HumanDates.date(detail.pledgeDeadline()) + ". The schedule still expects every item to be "
                + "verified by the deadline.");
        notice.addClassName("target-after-deadline");
        setColspan(notice, 2);
        return notice;
    }
}
