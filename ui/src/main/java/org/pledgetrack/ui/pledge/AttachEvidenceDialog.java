package org.pledgetrack.ui.pledge;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.pledgetrack.core.pledge.Evidence;

/**
 * The picker of "Attach existing evidence": the pledge's evidence kept on other items that this item lacks, so one
 * policy serves several items without a second upload. Calls {@code attach} with the chosen piece.
 */
class AttachEvidenceDialog extends Dialog {

    final ComboBox<Evidence> picker = new ComboBox<>("Evidence of your other items");

    AttachEvidenceDialog(List<Evidence> candidates, java.util.function.Predicate<Evidence> attach) {
        setHeaderTitle("Attach existing evidence");
        setWidth("min(36rem, 95vw)");
        if (candidates.isEmpty()) {
            add(new Paragraph("No other item of this pledge has evidence this item lacks. Upload the policy here, "
                    + "or upload it on one item and attach it to the others."));
            getFooter().add(new Button("Close", click -> close()));
            return;
        }
        add(new Paragraph("The same file or link is shown on both items and stored once. Removing it from one "
                + "item leaves it on the other."));
        picker.setItems(candidates);
        picker.setItemLabelGenerator(AttachEvidenceDialog::label);
        picker.setWidthFull();
        picker.setRequired(true);
        add(picker);
        Button attachButton = new Button("Attach", click -> {
            if (picker.getValue() == null) {
                picker.setInvalid(true);
                picker.setErrorMessage("Choose the evidence to attach.");
            } else if (attach.test(picker.getValue())) {
                close();
            }
        });
        attachButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), attachButton);
    }

    static String label(Evidence piece) {
        String items = piece.alsoOnItems().isEmpty() ? "" : " (items "
                + String.join(", ", piece.alsoOnItems().stream().map(String::valueOf).toList()) + ")";
        return piece.label() + items;
    }
}
