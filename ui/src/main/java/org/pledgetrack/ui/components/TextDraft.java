package org.pledgetrack.ui.components;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.pledgetrack.core.draft.Draft;
import org.pledgetrack.core.draft.DraftPlace;
import org.pledgetrack.core.draft.DraftService;
import org.pledgetrack.core.security.CurrentUser;

/**
 * Keeps what the user types into a text area as their draft on the server, a moment after they
 * pause, so that closing the tab or an expired session loses nothing. When the user comes back to
 * a field with a draft that differs from what is there, this bar offers it back. Put the bar just
 * above its field; it is empty and hidden when there is nothing to offer.
 */
public class TextDraft extends Div {

    /** How long after the last keystroke the text goes to the server. */
    public static final int SAVE_AFTER_MILLIS = 1500;

    private final DraftService drafts;
    private final CurrentUser user;
    private final DraftPlace place;
    private final TextArea field;
    private final String saved;

    /**
     * @param saved what the field holds when it has no unsaved edits (the stored notes, or empty
     *              for a new comment); a draft equal to it is no draft
     */
    public TextDraft(DraftService drafts, CurrentUser user, DraftPlace place, TextArea field, String saved,
                     Clock clock) {
        this.drafts = drafts;
        this.user = user;
        this.place = place;
        this.field = field;
        this.saved = saved == null ? "" : saved;
        addClassName("draft-offer");
        setVisible(false);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(SAVE_AFTER_MILLIS);
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                keep(change.getValue());
            }
        });
        offer(clock);
    }

    /** Drops the draft: the text was saved, or the user chose to throw it away. */
    public void discard() {
        drafts.discard(user, place);
        setVisible(false);
    }

    private void keep(String text) {
        drafts.save(user, place, Objects.equals(text.strip(), saved.strip()) ? "" : text);
    }

    private void offer(Clock clock) {
        Optional<Draft> draft = drafts.find(user, place);
        if (draft.isEmpty() || draft.get().text().strip().equals(field.getValue().strip())) {
            return;
        }
        if (draft.get().text().strip().equals(saved.strip())) {
            drafts.discard(user, place);
            return;
        }
        Span question = new Span("You have unsaved text here from " + HumanDates.exact(draft.get().updatedAt()) + " ("
                + HumanDates.relative(draft.get().updatedAt(), clock) + "). Restore it?");
        Button restore = new Button("Restore", click -> {
            field.setValue(draft.get().text());
            setVisible(false);
        });
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button drop = new Button("Discard", click -> discard());
        drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(question, restore, drop);
        getElement().setAttribute("role", "status");
        setVisible(true);
    }
}
