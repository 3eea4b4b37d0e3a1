package org.pledgetrack.ui.components;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks for one piece of text (a reason, a question, an answer) and hands it to a service call.
 * When the service refuses it, the dialog stays open and shows why.
 */
public class TextPromptDialog extends Dialog {

    private final TextArea text = new TextArea();
    private final Span error = new Span();
    private final Button confirm;

    /** Types the text and confirms, as a user would (for view tests). */
    public void confirmWith(String value) {
        text.setValue(value);
        confirm.click();
    }

    /** The refusal shown, empty when none. */
    public String errorText() {
        return error.getText();
    }

    /** @param maxLength the most characters the service behind {@code action} accepts */
    public TextPromptDialog(String title, String fieldLabel, int maxLength, String confirmLabel,
                            Consumer<String> action, Runnable afterSuccess) {
        setHeaderTitle(title);
        text.setLabel(fieldLabel);
        text.setWidth("28rem");
        text.setMaxLength(maxLength);
        error.addClassName("form-error");
        add(text, error);
        confirm = new Button(confirmLabel, click -> {
            if (UserErrors.attempt(() -> action.accept(text.getValue()), error::setText)) {
                close();
                afterSuccess.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", click -> close()), confirm);
    }
}
