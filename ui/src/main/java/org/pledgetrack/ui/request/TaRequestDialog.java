package org.pledgetrack.ui.request;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.ui.components.FieldRules;
import org.pledgetrack.ui.components.FormDialog;
import org.pledgetrack.ui.components.RecordForm;

/**
 * An agency's TA request: topic, optional grant, focus area and item, description and urgency,
 * checked with core's limits and messages. The submit button is disabled from the first click
 * until core refuses (core also files a repeated request once).
 */
class TaRequestDialog extends FormDialog<NewTaRequest> {

    /** A new request starts at normal urgency, tied to nothing. */
    static final NewTaRequest EMPTY = new NewTaRequest(null, "", null, null, "", Urgency.NORMAL);

    final TextField topic = new TextField("Topic");
    final Select<GrantSummary> grant = new Select<>();
    final Select<FocusArea> focusArea = new Select<>();
    final ComboBox<CatalogItem> item = new ComboBox<>("Related pledge item (optional)");
    final TextArea description = new TextArea("What do you need?");
    final Select<Urgency> urgency = new Select<>();
    final Button submit = save;

    TaRequestDialog(List<GrantSummary> grants, CatalogVersion catalog) {
        super("New TA request", NewTaRequest.class, "Submit request");
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
        bind(grants, catalog);
        addFields(topic, urgency, grant, focusArea, item, description);
        wide(topic, item, description);
    }

    private void bind(List<GrantSummary> grants, CatalogVersion catalog) {
        form.binder.forField(topic).withValidator(FieldRules.required(TaRequestService.TOPIC_MISSING))
                .withValidator(FieldRules.atMost(TaRequestService.MAX_TOPIC, "The topic")).bind("topic");
        form.binder.forField(grant).withConverter(RecordForm.idOf(grants, GrantSummary::id)).bind("grantId");
        form.binder.forField(focusArea).withConverter(RecordForm.idOf(catalog.focusAreas(), FocusArea::id))
                .bind("focusAreaId");
        form.binder.forField(item).withConverter(RecordForm.idOf(catalog.items(), CatalogItem::id))
                .bind("catalogItemId");
        form.binder.forField(description).withValidator(FieldRules.required(TaRequestService.DESCRIPTION_MISSING))
                .withValidator(FieldRules.atMost(TaRequestService.MAX_DESCRIPTION, "The description"))
                .bind("description");
        form.binder.forField(urgency).asRequired(TaRequestService.URGENCY_MISSING).bind("urgency");
    }

    /** Shows the offer to restore a draft of the description just above it. */
    void placeDraftOffer(Component offer) {
        fields.addComponentAtIndex(fields.indexOf(description), offer);
        fields.setColspan(offer, 2);
    }
}
