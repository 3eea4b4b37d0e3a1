package org.pledgetrack.ui.request;

import java.util.List;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.ui.components.FieldRules;

/**
 * An agency's TA request: topic, optional grant, focus area and item, description and urgency,
 * checked by a {@link Binder} with core's limits and messages. The submit button is disabled from
 * the first click until core refuses (core also files a repeated request once).
 */
class TaRequestDialog extends Dialog {

    final TextField topic = new TextField("Topic");
    final Select<GrantSummary> grant = new Select<>();
    final Select<FocusArea> focusArea = new Select<>();
    final ComboBox<CatalogItem> item = new ComboBox<>("Related pledge item (optional)");
    final TextArea description = new TextArea("What do you need?");
    final Select<Urgency> urgency = new Select<>();
    final Span error = new Span();
    final Button submit;
    private final Binder<Fields> binder = new Binder<>();
    private final FormLayout form = new FormLayout();

    TaRequestDialog(List<GrantSummary> grants, CatalogVersion catalog) {
        setHeaderTitle("New TA request");
        setWidth("40rem");
        topic.setMaxLength(TaRequestService.MAX_TOPIC);
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
        description.setMaxLength(TaRequestService.MAX_DESCRIPTION);
        urgency.setLabel("Urgency");
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> switch (u) {
            case LOW -> "Low: within a few months";
            case NORMAL -> "Normal: within weeks";
            case HIGH -> "High: as soon as possible";
        });
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        bind();
        form.add(topic, urgency, grant, focusArea, item, description);
        form.setColspan(topic, 2);
        form.setColspan(item, 2);
        form.setColspan(description, 2);
        add(form, error);
        submit = new Button("Submit request", click -> {
            error.setText("");
            if (binder.validate().isOk()) {
                fireEvent(new SubmitEvent(this, new NewTaRequest(grant.getValue() == null ? null : grant.getValue().id(),
                        topic.getValue(), focusArea.getValue() == null ? null : focusArea.getValue().id(),
                        item.getValue() == null ? null : item.getValue().id(), description.getValue(),
                        urgency.getValue())));
            } else {
                click.getSource().setEnabled(true);
            }
        });
        submit.setDisableOnClick(true);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", click -> close()), submit);
    }

    private void bind() {
        binder.forField(topic).withValidator(FieldRules.required(TaRequestService.TOPIC_MISSING))
                .withValidator(FieldRules.atMost(TaRequestService.MAX_TOPIC, "The topic"))
                .bind(Fields::topic, Fields::topic);
        binder.forField(description).withValidator(FieldRules.required(TaRequestService.DESCRIPTION_MISSING))
                .withValidator(FieldRules.atMost(TaRequestService.MAX_DESCRIPTION, "The description"))
                .bind(Fields::description, Fields::description);
        binder.forField(urgency).asRequired(TaRequestService.URGENCY_MISSING).bind(Fields::urgency, Fields::urgency);
        binder.setBean(new Fields());
        urgency.setValue(Urgency.NORMAL);
    }

    /** Shows the offer to restore a draft of the description just above it. */
    void placeDraftOffer(Component offer) {
        form.addComponentAtIndex(form.indexOf(description), offer);
        form.setColspan(offer, 2);
    }

    /** Core refused the request: says why, keeps every field, and lets the user send again. */
    void showError(String message) {
        error.setText(message);
        submit.setEnabled(true);
    }

    /** The binder's bean: the fields core requires. */
    private static final class Fields {
        private String topic = "";
        private String description = "";
        private Urgency urgency;

        String topic() {
            return topic;
        }

        void topic(String value) {
            topic = value;
        }

        String description() {
            return description;
        }

        void description(String value) {
            description = value;
        }

        Urgency urgency() {
            return urgency;
        }

        void urgency(Urgency value) {
            urgency = value;
        }
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
