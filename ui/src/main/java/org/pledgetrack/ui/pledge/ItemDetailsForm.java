package org.pledgetrack.ui.pledge;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.pledge.ItemDetail;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.ui.components.HumanDates;

/** The agency's fields of an item: owner, target date and notes. Fires {@link SaveEvent}. */
class ItemDetailsForm extends FormLayout {

    final TextField owner = new TextField("Owner");
    final DatePicker targetOn = new DatePicker("Target date");
    final TextArea notes = new TextArea("Notes");
    final Button save = new Button("Save details");

    ItemDetailsForm(ItemDetail detail) {
        PledgeItem item = detail.item();
        boolean editable = detail.canEditDetails();
        addClassName("item-details-form");
        owner.setValue(item.ownerName() == null ? "" : item.ownerName());
        owner.setMaxLength(200);
        owner.setHelperText("Who in the agency drives this item");
        targetOn.setValue(item.targetOn());
        targetOn.setHelperText("Optional; from this date the item counts as fully expected");
        notes.setValue(item.notes() == null ? "" : item.notes());
        notes.setMaxLength(4000);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent(this,
                new ItemDetailsChange(owner.getValue(), targetOn.getValue(), notes.getValue()))));
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
            Div actions = new Div(save);
            actions.addClassName("form-row");
            add(actions);
            setColspan(actions, 2);
        }
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
