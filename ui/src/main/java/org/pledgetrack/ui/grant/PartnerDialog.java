package org.pledgetrack.ui.grant;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.NewPartner;
import org.pledgetrack.core.grant.PartnerRole;
import org.pledgetrack.ui.components.UserErrors;

/** Adds a partner: the organization, its role (a description for "other") and a contact. */
class PartnerDialog extends Dialog {

    final ComboBox<GrantDetail.Organization> organization = new ComboBox<>("Organization");
    final Select<PartnerRole> role = new Select<>();
    final TextField description = new TextField("What the partner does");
    final TextField contactName = new TextField("Contact name");
    final EmailField contactEmail = new EmailField("Contact e-mail");
    final Button save = new Button("Add partner");
    final Span error = new Span();
    private final Binder<NewPartner> binder = new Binder<>(NewPartner.class);

    PartnerDialog(List<GrantDetail.Organization> candidates, Consumer<NewPartner> add, Runnable afterSave) {
        setHeaderTitle("Add a partner");
        organization.setItems(candidates);
        organization.setItemLabelGenerator(GrantDetail.Organization::name);
        role.setLabel("Role");
        role.setItems(PartnerRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : r.label());
        description.setVisible(false);
        role.addValueChangeListener(e -> description.setVisible(e.getValue() == PartnerRole.OTHER));
        binder.forField(organization).asRequired("Choose the partner organization.")
                .withConverter(o -> o == null ? null : o.id(),
                        id -> candidates.stream().filter(o -> o.id() == id).findFirst().orElse(null))
                .bind("organizationId");
        binder.forField(role).asRequired("Choose the partner's role.").bind("role");
        binder.forField(description).withValidator(new StringLengthValidator(
                "Up to " + NewPartner.MAX_DESCRIPTION + " characters.", 0, NewPartner.MAX_DESCRIPTION)).bind("description");
        binder.forField(contactName).withValidator(new StringLengthValidator(
                "Up to " + NewPartner.MAX_CONTACT_NAME + " characters.", 0, NewPartner.MAX_CONTACT_NAME)).bind("contactName");
        binder.forField(contactEmail).withValidator(new EmailValidator("Enter an e-mail address as name@example.org.", true))
                .bind("contactEmail");
        error.addClassName("form-error");
        add(new FormLayout(organization, role, description, contactName, contactEmail), error);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                NewPartner partner = binder.writeRecord();
                if (UserErrors.attempt(() -> add.accept(partner), error::setText)) {
                    close();
                    afterSave.run();
                }
            } catch (ValidationException invalid) {
                error.setText("Check the fields marked above.");
            }
        });
        getFooter().add(new Button("Close", click -> close()), save);
        setWidth("min(36rem, 95vw)");
    }
}
