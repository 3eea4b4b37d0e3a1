package org.pledgetrack.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Tells the user that someone else saved first, who and when, and offers to reload. */
public class ConflictDialog extends Dialog {

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
}
