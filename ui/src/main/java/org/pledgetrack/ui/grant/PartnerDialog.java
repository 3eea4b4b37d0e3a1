package org.pledgetrack.ui.grant;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.EmailValidator;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.NewPartner;
import org.pledgetrack.core.grant.PartnerRole;
import org.pledgetrack.ui.components.FieldRules;
import org.pledgetrack.ui.components.FormDialog;
import org.pledgetrack.ui.components.RecordForm;

/** Adds a partner: the organization, its role (a description for "other") and a contact. */
class PartnerDialog extends FormDialog<NewPartner> {

    final ComboBox<GrantDetail.Organization> organization = new ComboBox<>("Organization");
    final Select<PartnerRole> role = new Select<>();
    final TextField description = new TextField("What the partner does");
    final TextField contactName = new TextField("Contact name");
    final EmailField contactEmail = new EmailField("Contact e-mail");

    PartnerDialog(List<GrantDetail.Organization> candidates) {
        super("Add a partner", NewPartner.class, "Add partner");
        organization.setItems(candidates);
        organization.setItemLabelGenerator(GrantDetail.Organization::name);
        role.setLabel("Role");
        role.setItems(PartnerRole.values());
        role.setItemLabelGenerator(r -> r == null ? "" : r.label());
        description.setVisible(false);
        description.setMaxLength(NewPartner.MAX_DESCRIPTION);
        contactName.setMaxLength(NewPartner.MAX_CONTACT_NAME);
        contactEmail.setMaxLength(NewPartner.MAX_CONTACT_EMAIL);
        role.addValueChangeListener(e -> description.setVisible(e.getValue() == PartnerRole.OTHER));
        form.binder.forField(organization).asRequired("Choose the partner organization.")
                .withConverter(RecordForm.idOf(candidates, GrantDetail.Organization::id)).bind("organizationId");
        form.binder.forField(role).asRequired("Choose the partner's role.").bind("role");
        form.binder.forField(description)
                .withValidator(FieldRules.atMost(NewPartner.MAX_DESCRIPTION, "What the partner does")).bind("description");
        form.binder.forField(contactName)
                .withValidator(FieldRules.atMost(NewPartner.MAX_CONTACT_NAME, "The contact name")).bind("contactName");
        form.binder.forField(contactEmail)
                .withValidator(new EmailValidator("Enter an e-mail address as name@example.org.", true))
                .bind("contactEmail");
        addFields(organization, role, description, contactName, contactEmail);
    }
}
