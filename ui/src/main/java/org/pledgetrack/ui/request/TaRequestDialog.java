package org.pledgetrack.ui.request;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.Urgency;

/** An agency's TA request: topic, optional grant, focus area and item, description and urgency. */
class TaRequestDialog extends Dialog {

    final TextField topic = new TextField("Topic");
    final Select<GrantSummary> grant = new Select<>();
    final Select<FocusArea> focusArea = new Select<>();
    final ComboBox<CatalogItem> item = new ComboBox<>("Related pledge item (optional)");
    final TextArea description = new TextArea("What do you need?");
    final Select<Urgency> urgency = new Select<>();
    final Span error = new Span();
    final Button submit;

    TaRequestDialog(List<GrantSummary> grants, CatalogVersion catalog) {
        setHeaderTitle("New TA request");
        setWidth("40rem");
        topic.setMaxLength(200);
        grant.setLabel("Grant (optional)");
        grant.setItems(grants);
        grant.setEmptySelectionAllowed(true);
        grant.setEmptySelectionCaption("Not tied to a grant");
        grant.setItemLabelGenerator(g -> g == null ? "Not tied to a grant" : g.siteName());
        focusArea.setLabel("Related focus area (optional)");
        focusArea.setItems(catalog.focusAreas());
        focusArea.setEmptySelectionAllowed(true);
        focusArea.setEmptySelectionCaption("None");
        focusArea.setItemLabelGenerator(a -> a == null ? "None" : a.name());
        item.setItems(catalog.items());
        item.setItemLabelGenerator(i -> i.number() + ". " + i.title());
        item.setClearButtonVisible(true);
        description.setMaxLength(4000);
        urgency.setLabel("Urgency");
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> switch (u) {
            case LOW -> "Low: within a few months";
            case NORMAL -> "Normal: within weeks";
            case HIGH -> "High: as soon as possible";
        });
        urgency.setValue(Urgency.NORMAL);
        error.addClassName("form-error");
        FormLayout form = new FormLayout(topic, urgency, grant, focusArea, item, description);
        form.setColspan(topic, 2);
        form.setColspan(item, 2);
        form.setColspan(description, 2);
        add(form, error);
        submit = new Button("Submit request", click -> fireEvent(new SubmitEvent(this, new NewTaRequest(
                grant.getValue() == null ? null : grant.getValue().id(), topic.getValue(),
                focusArea.getValue() == null ? null : focusArea.getValue().id(),
                item.getValue() == null ? null : item.getValue().id(), description.getValue(), urgency.getValue()))));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", click -> close()), submit);
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    static class SubmitEvent extends ComponentEvent<TaRequestDialog> {

        private final NewTaRequest request;

        SubmitEvent(TaRequestDialog source, NewTaRequest request) {
            super(source, false);
            this.request = request;
        }

        NewTaRequest request() {
            return request;
        }
    }
}
