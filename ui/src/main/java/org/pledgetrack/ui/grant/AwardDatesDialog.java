package org.pledgetrack.ui.grant;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.pledgetrack.ui.components.FixableRefusals;

/**
 * Changes the award's start and end (an extension or a shortened award). Says what follows: the
 * report calendar is regenerated, submitted reports keep their content.
 */
class AwardDatesDialog extends Dialog {

    final DatePicker startOn = new DatePicker("Award starts");
    final DatePicker endOn = new DatePicker("Award ends");
    final Button save = new Button("Change award dates");
    final Span error = new Span();
    private final Binder<AwardDates> binder = new Binder<>(AwardDates.class);

    AwardDatesDialog(AwardDates current, Consumer<AwardDates> store, Runnable afterSave) {
        setHeaderTitle("Change the award dates");
        binder.forField(startOn).asRequired("Enter the date the award starts.").bind("startOn");
        binder.forField(endOn).asRequired("Enter the date the award ends.")
                .withValidator(end -> startOn.getValue() == null || end.isAfter(startOn.getValue()),
                        "The award must end after it starts.")
                .bind("endOn");
        binder.readRecord(current);
        Paragraph effect = new Paragraph("The progress-report calendar follows the new dates at once: reports not "
                + "submitted move or go, the final report is due 120 days after the new end, and submitted reports "
                + "keep their content (one whose period the award no longer has stays listed, marked).");
        effect.addClassName("hint");
        error.addClassName("form-error");
        add(new FormLayout(startOn, endOn), effect, error);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                AwardDates dates = binder.writeRecord();
                if (FixableRefusals.attempt(() -> store.accept(dates), error::setText)) {
                    close();
                    afterSave.run();
                }
            } catch (ValidationException invalid) {
                error.setText("Check the fields marked above.");
            }
        });
        getFooter().add(new Button("Close", click -> close()), save);
        setWidth("min(32rem, 95vw)");
    }
}
