package org.pledgetrack.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

/**
 * A small form in a dialog: the fields in a {@link FormLayout}, Cancel and Save in the footer, and
 * everything about saving from {@link RecordForm}. The dialog closes once the save succeeded.
 *
 * @param <R> the record the fields edit
 */
public class FormDialog<R extends Record> extends Dialog {

    public final RecordForm<R> form;
    public final Button save;
    public final Span error;
    public final FormLayout fields = new FormLayout();

    public FormDialog(String heading, Class<R> type, String saveLabel) {
        form = new RecordForm<>(type, saveLabel);
        save = form.save;
        error = form.error;
        setHeaderTitle(heading);
        setWidth("min(40rem, 95vw)");
        add(fields, error);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** Adds fields to the form; {@code wide} ones take the whole width. */
    protected void addFields(Component... components) {
        fields.add(components);
    }

    protected void wide(Component... components) {
        for (Component component : components) {
            fields.setColspan(component, 2);
        }
    }

    /** Opens the dialog on these values; saving runs the action, shows its outcome, closes and then runs {@code whenSaved}. */
    public void edit(R values, RecordForm.SaveAction<R> action, Runnable whenSaved) {
        form.read(values);
        form.onSave(action, () -> {
            close();
            whenSaved.run();
        });
        open();
    }

    /** Shows a refusal under the fields; the fields keep what was typed. */
    public void refused(String message) {
        form.refused(message);
    }
}
