package org.pledgetrack.ui.grant;

import java.time.LocalDate;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliveryRecord;

/** Records a delivery: date, hours, attendees, participant rating and a short outcome note. */
class DeliveryDialog extends Dialog {

    final DatePicker deliveredOn = new DatePicker("Delivered on");
    final BigDecimalField hours = new BigDecimalField("Hours");
    final IntegerField attendees = new IntegerField("Attendees");
    final BigDecimalField rating = new BigDecimalField("Participant rating (1–5)");
    final TextArea outcomeNote = new TextArea("Outcome note");
    final Span error = new Span();
    final Button save;

    DeliveryDialog(Deliverable deliverable, LocalDate today) {
        setHeaderTitle("Record delivery: " + deliverable.title());
        setWidth("36rem");
        deliveredOn.setValue(deliverable.deliveredOn() != null ? deliverable.deliveredOn() : deliverable.scheduledOn());
        hours.setValue(deliverable.hours());
        attendees.setValue(deliverable.attendees());
        rating.setValue(deliverable.rating());
        outcomeNote.setValue(deliverable.outcomeNote() == null ? "" : deliverable.outcomeNote());
        outcomeNote.setMaxLength(2000);
        deliveredOn.setMax(today);
        attendees.setMin(0);
        attendees.setMax(10_000);
        error.addClassName("form-error");
        FormLayout form = new FormLayout(deliveredOn, hours, attendees, rating, outcomeNote);
        form.setColspan(outcomeNote, 2);
        add(form, error);
        save = new Button("Save delivery", click -> fireEvent(new SaveEvent(this, new DeliveryRecord(
                deliveredOn.getValue(), hours.getValue(), attendees.getValue(), rating.getValue(),
                outcomeNote.getValue().isBlank() ? null : outcomeNote.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", click -> close()), save);
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<DeliveryDialog> {

        private final DeliveryRecord record;

        SaveEvent(DeliveryDialog source, DeliveryRecord record) {
            super(source, false);
            this.record = record;
        }

        DeliveryRecord record() {
            return record;
        }
    }
}
