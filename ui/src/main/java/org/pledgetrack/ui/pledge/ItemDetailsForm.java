package org.pledgetrack.ui.pledge;

import java.time.LocalDate;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.pledge.ItemDetail;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.ui.components.FieldRules;
import org.pledgetrack.ui.components.HumanDates;

/**
 * The agency's fields of an item: owner, target date and notes, checked by a {@link Binder} with
 * core's limits. Fires {@link SaveEvent}; a refusal from core shows under the form, beside the
 * button that caused it.
 */
class ItemDetailsForm extends FormLayout {

    final TextField owner = new TextField("Owner");
    final DatePicker targetOn = new DatePicker("Target date");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save details");
    final Span error = new Span();
    private final Binder<Fields> binder = new Binder<>();
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
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            error.setText("");
            if (binder.validate().isOk()) {
                fireEvent(new SaveEvent(this, edits()));
            } else {
                save.setEnabled(true);
            }
        });
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
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            Div actions = new Div(save, error);
            actions.addClassName("form-row");
            add(actions);
            setColspan(actions, 2);
        }
    }

    private void bind() {
        binder.forField(owner).withValidator(FieldRules.atMost(PledgeItemService.MAX_OWNER, "The owner"))
                .bind(Fields::owner, Fields::owner);
        binder.forField(targetOn).bind(Fields::targetOn, Fields::targetOn);
        binder.forField(notes).withValidator(FieldRules.atMost(PledgeItemService.MAX_TEXT, "The notes"))
                .bind(Fields::notes, Fields::notes);
        binder.readBean(new Fields(stored));
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
        owner.setValue(text(edits.ownerName()));
        targetOn.setValue(edits.targetOn());
        notes.setValue(text(edits.notes()));
    }

    /** Shows the offer to restore a draft of the notes just above the notes field. */
    void placeNotesDraftOffer(Component offer) {
        addComponentAtIndex(indexOf(notes), offer);
        setColspan(offer, 2);
    }

    /** Shows core's refusal under the form and lets the user try again; the fields keep what was typed. */
    void refused(String message) {
        error.setText(message);
        save.setEnabled(true);
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

    /** The binder's bean: the three fields as typed. */
    private static final class Fields {
        private String owner;
        private LocalDate targetOn;
        private String notes;

        Fields(ItemDetailsChange values) {
            owner = values.ownerName();
            targetOn = values.targetOn();
            notes = values.notes();
        }

        String owner() {
            return owner;
        }

        void owner(String value) {
            owner = value;
        }

        LocalDate targetOn() {
            return targetOn;
        }

        void targetOn(LocalDate value) {
            targetOn = value;
        }

        String notes() {
            return notes;
        }

        void notes(String value) {
            notes = value;
        }
    }

    static class SaveEvent extends ComponentEvent<ItemDetailsForm> {
        final ItemDetailsChange change;

        SaveEvent(ItemDetailsForm source, ItemDetailsChange change) {
            super(source, false);
            this.change = change;
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
