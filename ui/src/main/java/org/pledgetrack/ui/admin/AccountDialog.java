package org.pledgetrack.ui.admin;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.pledgetrack.core.account.AccountDetails;
import org.pledgetrack.core.account.RoleOrganizationRule;
import org.pledgetrack.core.agency.Organization;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.ui.components.FormDialog;
import org.pledgetrack.ui.components.RecordForm;

/**
 * Creates or edits an account: username (new accounts only), name, e-mail, role and organization. The organization
 * list follows the role (a TA staff member belongs to a TA provider).
 */
class AccountDialog extends FormDialog<AccountDetails> {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final EmailField email = new EmailField("E-mail address");
    final Select<Role> role = new Select<>();
    final ComboBox<Organization> organization = new ComboBox<>("Organization");
    private final List<Organization> organizations;

    AccountDialog(String heading, List<Organization> organizations, boolean newAccount) {
        super(heading, AccountDetails.class, newAccount ? "Create account" : "Save");
        this.organizations = organizations;
        configureFields(newAccount);
        organization.setItems(organizations);
        bind();
        addFields(username, displayName, email, role, organization);
        wide(organization);
    }

    private void configureFields(boolean newAccount) {
        username.setReadOnly(!newAccount);
        username.setMaxLength(100);
        username.setHelperText(newAccount ? "What the person signs in with; it cannot be changed later" : null);
        displayName.setMaxLength(200);
        email.setMaxLength(254);
        email.setHelperText("The invitation link is sent here");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(AccountDialog::roleLabel);
        role.addValueChangeListener(change -> organizationsFor(change.getValue()));
        organization.setItemLabelGenerator(org -> org.name() + " (" + kindLabel(org.kind()) + ")");
        organization.setHelperText("Agency users belong to their agency, TA staff to a TA provider");
    }

    private void bind() {
        form.binder.forField(username).asRequired("Enter a username.").bind("username");
        form.binder.forField(displayName).asRequired("Enter the person's name.").bind("displayName");
        form.binder.forField(email).asRequired("Enter an e-mail address.").bind("email");
        form.binder.forField(role).asRequired("Choose a role.").bind("role");
        form.binder.forField(organization).asRequired("Choose the organization the person belongs to.")
                .withConverter(RecordForm.idOf(organizations, Organization::id)).bind("organizationId");
    }

    /** Offers the organizations an account of this role can belong to, keeping the chosen one when it still fits. */
    private void organizationsFor(Role chosenRole) {
        Organization current = organization.getValue();
        List<Organization> fitting = organizations.stream()
                .filter(org -> chosenRole == null || RoleOrganizationRule.fits(chosenRole, org.kind())).toList();
        organization.setItems(fitting);
        organization.setValue(fitting.contains(current) ? current : null);
    }

    static String roleLabel(Role role) {
        return switch (role) {
            case AGENCY -> "Agency user";
            case TA_STAFF -> "TA staff";
            case OVERSEER -> "Overseer";
            case ADMIN -> "Admin";
        };
    }

    static String kindLabel(OrganizationKind kind) {
        return switch (kind) {
            case AGENCY -> "agency";
            case TA_PROVIDER -> "TA provider";
            case OVERSEER -> "overseer";
            case FUNDER -> "funder";
            case PARTNER -> "partner";
        };
    }
}
