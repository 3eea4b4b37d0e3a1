package org.pledgetrack.ui.components;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Tells the user that someone else saved first, who and when. Where the view can compare, it
 * shows their version beside the user's own, field by field, and lets the user keep either; the
 * dialog never throws the user's text away by itself.
 */
public class ConflictDialog extends Dialog {

    /** One field as the other user saved it and as this user typed it. */
    public record Difference(String field, String theirs, String yours) {

        /** Empty and blank count as the same, as core stores them. */
        boolean differs() {
            return !text(theirs).strip().equals(text(yours).strip());
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }

    final Button keepMine = new Button("Keep mine");
    final Button takeTheirs = new Button("Take theirs");

    /** Without a comparison: reloading shows the other user's version; the view keeps what the user typed. */
    public ConflictDialog(String message, Runnable reload) {
        addClassName("conflict-dialog");
        setHeaderTitle("Someone else changed this");
        add(new Paragraph(message));
        Button reloadButton = new Button("Reload", click -> {
            close();
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Keep my screen", click -> close()), reloadButton);
    }

    /**
     * Their version beside the user's: "Keep mine" saves the user's over theirs, "Take theirs" drops
     * the user's edits for theirs. Closing keeps the user's screen as it is.
     */
    public ConflictDialog(String changedBy, List<Difference> differences, Runnable keepYours, Runnable takeOthers) {
        addClassName("conflict-dialog");
        setHeaderTitle("Someone else changed this");
        setWidth("min(52rem, 95vw)");
        add(new Paragraph(changedBy + " saved this while you were editing. Compare and choose which version to keep; "
                + "nothing is saved until you choose."));
        Div table = new Div(heading(""), heading("Theirs (saved)"), heading("Yours (not saved yet)"));
        table.addClassName("conflict-compare");
        // fields both versions agree on are left out, so the eye goes to what the user must decide
        for (Difference difference : differences.stream().filter(Difference::differs).toList()) {
            Span field = new Span(difference.field());
            field.addClassName("conflict-field");
            table.add(field, text(difference.theirs(), "conflict-theirs"), text(difference.yours(), "conflict-yours"));
        }
        add(table);
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(click -> {
            close();
            keepYours.run();
        });
        takeTheirs.addClickListener(click -> {
            close();
            takeOthers.run();
        });
        getFooter().add(new Button("Decide later", click -> close()), takeTheirs, keepMine);
    }

    private static Component heading(String text) {
        H4 heading = new H4(text);
        heading.addClassName("conflict-heading");
        return heading;
    }

    private static Component text(String value, String className) {
        Div text = new Div(value == null || value.isBlank() ? "(empty)" : value);
        text.addClassNames("conflict-text", className);
        return text;
    }
}
