package org.pledgetrack.ui.review;

import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.pledgetrack.core.pledge.ReviewEntry;

/** Asks for the comment that returning an item requires; closes once the return is saved. */
class ReturnDialog extends Dialog {

    final TextArea comment = new TextArea("What is missing?");

    ReturnDialog(ReviewEntry entry, Predicate<String> returnWithComment) {
        setHeaderTitle("Return item " + entry.item().number() + " to " + entry.agencyName());
        comment.setWidth("28rem");
        comment.setMaxWidth("100%");
        comment.setMaxLength(2000);
        comment.setHelperText("Required. The agency sees this comment with the item.");
        add(comment);
        Button send = new Button("Return to agency", click -> {
            if (returnWithComment.test(comment.getValue())) {
                close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), send);
    }
}
