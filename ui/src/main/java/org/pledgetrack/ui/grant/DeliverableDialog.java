package org.pledgetrack.ui.grant;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import org.pledgetrack.core.grant.DeliverablePlan;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantDetail;

/**
 * Plans or edits a deliverable: type, title, provider, due and scheduled dates, and the focus
 * areas and pledge items it supports. Fires a {@link SaveEvent}; the view calls the service and
 * shows a refusal here with {@link #showError}.
 */
public class DeliverableDialog extends Dialog {

    final Select<DeliverableType> type = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final Select<GrantDetail.Organization> provider = new Select<>();
    final DatePicker dueOn = new DatePicker("Due date");
    final DatePicker scheduledOn = new DatePicker("Scheduled date");
    final MultiSelectComboBox<FocusArea> focusAreas = new MultiSelectComboBox<>("Focus areas it supports");
    final MultiSelectComboBox<CatalogItem> items = new MultiSelectComboBox<>("Pledge items it supports");
    final Span error = new Span();
    final Button save;

    public DeliverableDialog(String heading, GrantDetail grant, CatalogVersion catalog, DeliverablePlan initial) {
        setHeaderTitle(heading);
        setWidth("44rem");
        configureFields(grant, catalog);
        fill(initial, catalog);
        error.addClassName("form-error");
        FormLayout form = new FormLayout(type, provider, title, description, dueOn, scheduledOn, focusAreas, items);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(focusAreas, 2);
        form.setColspan(items, 2);
        add(form, error);
        save = new Button("Save", click -> fireEvent(new SaveEvent(this, plan())));
        // one deliverable per click; core also plans a repeated one once
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", click -> close()), save);
    }

    /** Core refused the plan: says why, keeps the fields, and lets the user save again. */
    public void showError(String message) {
        error.setText(message);
        save.setEnabled(true);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private void configureFields(GrantDetail grant, CatalogVersion catalog) {
        type.setLabel("Type");
        type.setItems(DeliverableType.values());
        type.setItemLabelGenerator(DeliverableType::label);
        provider.setLabel("TA provider");
        provider.setItems(grant.providers());
        provider.setItemLabelGenerator(GrantDetail.Organization::name);
        title.setMaxLength(300);
        description.setMaxLength(4000);
        dueOn.setMin(grant.summary().startOn());
        dueOn.setMax(grant.summary().endOn());
        dueOn.setHelperText("Within the grant period");
        scheduledOn.setMin(grant.summary().startOn());
        scheduledOn.setMax(grant.summary().endOn());
        scheduledOn.setHelperText("Leave empty while only planned");
        focusAreas.setItems(catalog.focusAreas());
        focusAreas.setItemLabelGenerator(FocusArea::name);
        items.setItems(catalog.items());
        items.setItemLabelGenerator(item -> item.number() + ". " + item.title());
    }

    private void fill(DeliverablePlan initial, CatalogVersion catalog) {
        type.setValue(initial.type());
        title.setValue(initial.title() == null ? "" : initial.title());
        description.setValue(initial.description() == null ? "" : initial.description());
        provider.getListDataView().getItems().filter(p -> p.id() == initial.providerOrgId()).findFirst()
                .ifPresentOrElse(provider::setValue,
                        () -> provider.getListDataView().getItems().findFirst().ifPresent(provider::setValue));
        dueOn.setValue(initial.dueOn());
        scheduledOn.setValue(initial.scheduledOn());
        focusAreas.setValue(catalog.focusAreas().stream().filter(a -> initial.focusAreaIds().contains(a.id()))
                .collect(Collectors.toSet()));
        items.setValue(catalog.items().stream().filter(i -> initial.itemIds().contains(i.id()))
                .collect(Collectors.toSet()));
    }

    private DeliverablePlan plan() {
        Set<Long> areaIds = focusAreas.getValue().stream().map(FocusArea::id).collect(Collectors.toSet());
        Set<Long> itemIds = items.getValue().stream().map(CatalogItem::id).collect(Collectors.toSet());
        long providerId = provider.getValue() == null ? -1 : provider.getValue().id();
        return new DeliverablePlan(type.getValue(), title.getValue(), description.getValue(), providerId,
                dueOn.getValue(), scheduledOn.getValue(), areaIds, itemIds);
    }

    /** The user saved the form. */
    public static class SaveEvent extends ComponentEvent<DeliverableDialog> {

        private final DeliverablePlan plan;

        SaveEvent(DeliverableDialog source, DeliverablePlan plan) {
            super(source, false);
            this.plan = plan;
        }

        public DeliverablePlan plan() {
            return plan;
        }
    }
}
