package org.pledgetrack.ui.components;

import java.util.Collection;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableFunction;

/**
 * How a form saves, the same everywhere: a {@link Binder} over the record the service takes (its
 * validators carry core's limits, see {@link FieldRules}), a save button that is disabled from the
 * click until the save has ended, core's refusal in one line under the fields (the fields keep what
 * was typed), and one outcome notification. {@link FormDialog} puts it in a dialog; a form on a page
 * places {@link #save} and {@link #error} itself.
 *
 * @param <R> the record the fields edit; bind each of its components by name ({@code bind("topic")})
 */
public class RecordForm<R extends Record> {

    /** What {@link #onSave} runs: calls the service with the values, returns the outcome to show. */
    @FunctionalInterface
    public interface SaveAction<R> {
        /**
         * Saves; returns the outcome notification, or null when the action showed the outcome itself
         * (then the form stays as it is, ready to save again). Refusals a user can fix are thrown as
         * {@link IllegalArgumentException}, {@link IllegalStateException} or an edit conflict.
         */
        String save(R values);
    }

    public static final String CHECK_THE_FIELDS = "Check the fields marked above.";

    public final Binder<R> binder;
    public final Button save;
    public final Span error = new Span();
    private SaveAction<R> action = values -> {
        throw new IllegalStateException("The form does not save anywhere.");
    };
    private Runnable afterSaved = () -> { };

    public RecordForm(Class<R> type, String saveLabel) {
        binder = new Binder<>(type);
        save = new Button(saveLabel, click -> submit());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
    }

    /** Puts the values into the fields. */
    public void read(R values) {
        binder.readRecord(values);
    }

    /** What the save button runs, and what happens once it saved (after the outcome is shown). */
    public void onSave(SaveAction<R> saveAction, Runnable whenSaved) {
        action = saveAction;
        afterSaved = whenSaved;
    }

    /** Shows a refusal under the fields and lets the user save again; the fields keep what was typed. */
    public void refused(String message) {
        error.setText(message);
        save.setEnabled(true);
    }

    /** The fields' values as a record; null when a field shows what to fix. */
    public R valuesIfValid() {
        try {
            return binder.writeRecord();
        } catch (ValidationException invalid) {
            return null;
        }
    }

    /** What the save button does: checks the fields, then saves what they hold. */
    public void submit() {
        save.setEnabled(false);
        error.setText("");
        R values = valuesIfValid();
        if (values == null) {
            refused(CHECK_THE_FIELDS);
            return;
        }
        String[] outcome = new String[1];
        if (!FixableRefusals.attempt(() -> outcome[0] = action.save(values), this::refused)) {
            return;
        }
        if (outcome[0] == null) {
            save.setEnabled(true);
        } else {
            // Save stays disabled: the form is done, and a second click that was already on its way saves nothing
            ActionFeedback.saved(outcome[0]);
            afterSaved.run();
        }
    }

    /** Converts a field that picks one of {@code choices} to the id the record keeps, and back. */
    public static <T> Converter<T, Long> idOf(Collection<T> choices, SerializableFunction<T, Long> id) {
        return Converter.from(chosen -> Result.ok(chosen == null ? null : id.apply(chosen)),
                stored -> stored == null ? null
                        : choices.stream().filter(choice -> stored.equals(id.apply(choice))).findFirst().orElse(null));
    }
}
