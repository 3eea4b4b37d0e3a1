package org.pledgetrack.ui.pledge;

import java.util.List;
import java.util.function.Predicate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.pledgetrack.core.pledge.Evidence;

/**
 * The picker of "Attach existing evidence": the pledge's evidence kept on other items that this item lacks, so one
 * policy serves several items without a second upload. Calls {@code attachChosen} with the chosen piece.
 */
class AttachEvidenceDialog extends Dialog {

    final ComboBox<Evidence> picker = new ComboBox<>("Evidence of your other items");
    final Button attach = new Button("Attach");

    AttachEvidenceDialog(List<Evidence> candidates, Predicate<Evidence> attachChosen) {
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
        attach.addClickListener(click -> {
            if (picker.getValue() == null) {
                picker.setInvalid(true);
                picker.setErrorMessage("Choose the evidence to attach.");
            } else if (attachChosen.test(picker.getValue())) {
                close();
            }
        });
        attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), attach);
    }

    static String label(Evidence piece) {
        String items = piece.alsoOnItems().isEmpty() ? "" : " (items "
                + String.join(", ", piece.alsoOnItems().stream().map(String::valueOf).toList()) + ")";
        return piece.label() + items;
    }
}
