package org.pledgetrack.ui.components;

import java.time.Clock;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import org.pledgetrack.core.draft.DraftPlace;
import org.pledgetrack.core.draft.DraftService;
import org.pledgetrack.core.security.CurrentUser;

/**
 * Asks for one piece of text (a reason, a question, an answer) and hands it to a service call.
 * When the service refuses it, the dialog stays open, keeps the text and shows why.
 */
public class TextPromptDialog extends Dialog {

    private final TextArea text = new TextArea();
    private final Span error = new Span();
    private final Button confirm;
    private final Binder<SingleText> binder = new Binder<>();
    private TextDraft draft;

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
        text.setWidth("min(28rem, 80vw)");
        text.setMaxLength(maxLength);
        binder.forField(text).withValidator(FieldRules.atMost(maxLength, fieldLabel)).bind(SingleText::get, SingleText::set);
        binder.setBean(new SingleText());
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(text, error);
        confirm = new Button(confirmLabel, click -> {
            error.setText("");
            if (binder.validate().isOk()
                    && FixableRefusals.attempt(() -> action.accept(text.getValue()), error::setText)) {
                if (draft != null) {
                    draft.discard();
                }
                close();
                afterSuccess.run();
            } else {
                click.getSource().setEnabled(true);
            }
        });
        // one send per click: a double click sends once
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", click -> close()), confirm);
    }

    /** Keeps the text as the user's draft for {@code place} while typed, offers it back on opening, drops it once sent. */
    public TextPromptDialog keepingDraft(DraftService drafts, CurrentUser user, DraftPlace place, Clock clock) {
        draft = new TextDraft(drafts, user, place, text, "", clock);
        addComponentAsFirst(draft);
        return this;
    }
}
