package org.pledgetrack.ui.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.agency.OrganizationDetails;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.agency.OrganizationService;

/**
 * Creates or edits a partner organization or TA provider: its kind (new ones only), name, state, city and website.
 * Fires a {@link SaveEvent}; the view calls the service and shows a refusal here with {@link #showError}.
 */
class OrganizationDialog extends Dialog {

    final Select<OrganizationKind> kind = new Select<>();
    final TextField name = new TextField("Name");
    final TextField state = new TextField("State");
    final TextField city = new TextField("City");
    final TextField website = new TextField("Website");
    final Span error = new Span();
    private final Binder<OrganizationForm> binder = new Binder<>();

    OrganizationDialog(String heading, OrganizationKind initialKind, OrganizationDetails initial, boolean isNew) {
        setHeaderTitle(heading);
        setWidth("min(36rem, 95vw)");
        kind.setLabel("Kind");
        kind.setItems(OrganizationService.EDITABLE.stream().sorted().toList());
        kind.setItemLabelGenerator(k -> k == OrganizationKind.TA_PROVIDER ? "TA provider" : "Partner organization");
        kind.setValue(initialKind);
        kind.setReadOnly(!isNew);
        name.setMaxLength(200);
        state.setMaxLength(2);
        state.setHelperText("Two-letter code, such as KS; may stay empty");
        city.setMaxLength(100);
        website.setMaxLength(500);
        website.setHelperText("Starting with https://; may stay empty");
        binder.forField(name).asRequired("Enter the organization's name.")
                .bind(OrganizationForm::getName, OrganizationForm::setName);
        binder.forField(state).bind(OrganizationForm::getState, OrganizationForm::setState);
        binder.forField(city).bind(OrganizationForm::getCity, OrganizationForm::setCity);
        binder.forField(website).bind(OrganizationForm::getWebsite, OrganizationForm::setWebsite);
        binder.readBean(OrganizationForm.of(initial));
        error.addClassName("form-error");
        FormLayout form = new FormLayout(kind, name, state, city, website);
        form.setColspan(name, 2);
        form.setColspan(website, 2);
        add(form, error);
        Button save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private void save() {
        OrganizationForm form = new OrganizationForm();
        if (kind.getValue() == null) {
            showError("Choose whether it is a partner organization or a TA provider.");
        } else if (binder.writeBeanIfValid(form)) {
            fireEvent(new SaveEvent(this, kind.getValue(), form.details()));
        } else {
            showError("Fill in the fields marked above.");
        }
    }

    /** The form's fields while they are edited; Binder reads and writes it. */
    static final class OrganizationForm {
        private String name = "";
        private String state = "";
        private String city = "";
        private String website = "";

        static OrganizationForm of(OrganizationDetails details) {
            OrganizationForm form = new OrganizationForm();
            form.name = text(details.name());
            form.state = text(details.state());
            form.city = text(details.city());
            form.website = text(details.website());
            return form;
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }

        OrganizationDetails details() {
            return new OrganizationDetails(name, state, city, website);
        }

        String getName() { return name; }
        void setName(String name) { this.name = name; }
        String getState() { return state; }
        void setState(String state) { this.state = state; }
        String getCity() { return city; }
        void setCity(String city) { this.city = city; }
        String getWebsite() { return website; }
        void setWebsite(String website) { this.website = website; }
    }

    /** The admin saved the form. */
    static class SaveEvent extends ComponentEvent<OrganizationDialog> {

        private final OrganizationKind kind;
        private final OrganizationDetails details;

        SaveEvent(OrganizationDialog source, OrganizationKind kind, OrganizationDetails details) {
            super(source, false);
            this.kind = kind;
            this.details = details;
        }

        OrganizationKind kind() {
            return kind;
        }

        OrganizationDetails details() {
            return details;
        }
    }
}
