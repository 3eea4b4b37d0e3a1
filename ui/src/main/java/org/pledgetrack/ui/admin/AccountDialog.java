package org.pledgetrack.ui.admin;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
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
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.account.AccountDetails;
import org.pledgetrack.core.account.RoleOrganizationRule;
import org.pledgetrack.core.agency.Organization;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.security.Role;

/**
 * Creates or edits an account: username (new accounts only), name, e-mail, role and organization. The organization
 * list follows the role (a TA staff member belongs to a TA provider). Fires a {@link SaveEvent}; the view calls the
 * service and shows a refusal here with {@link #showError}.
 */
class AccountDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final EmailField email = new EmailField("E-mail address");
    final Select<Role> role = new Select<>();
    final ComboBox<Organization> organization = new ComboBox<>("Organization");
    final Span error = new Span();
    final Button save;
    private final Binder<AccountForm> binder = new Binder<>();
    private final List<Organization> organizations;

    AccountDialog(String heading, List<Organization> organizations, AccountDetails initial, boolean newAccount) {
        this.organizations = organizations;
        setHeaderTitle(heading);
        setWidth("min(40rem, 95vw)");
        configureFields(newAccount);
        organization.setItems(organizations);
        bind();
        binder.readBean(AccountForm.of(initial));
        organizationsFor(role.getValue(), initial.organizationId());
        error.addClassName("form-error");
        FormLayout form = new FormLayout(username, displayName, email, role, organization);
        form.setColspan(organization, 2);
        add(form, error);
        save = new Button(newAccount ? "Create account" : "Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void showError(String message) {
        error.setText(message);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
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
        role.addValueChangeListener(change -> organizationsFor(change.getValue(), null));
        organization.setItemLabelGenerator(org -> org.name() + " (" + kindLabel(org.kind()) + ")");
        organization.setHelperText("Agency users belong to their agency, TA staff to a TA provider");
    }

    private void bind() {
        binder.forField(username).asRequired("Enter a username.").bind(AccountForm::getUsername, AccountForm::setUsername);
        binder.forField(displayName).asRequired("Enter the person's name.")
                .bind(AccountForm::getDisplayName, AccountForm::setDisplayName);
        binder.forField(email).asRequired("Enter an e-mail address.").bind(AccountForm::getEmail, AccountForm::setEmail);
        binder.forField(role).asRequired("Choose a role.").bind(AccountForm::getRole, AccountForm::setRole);
        binder.forField(organization).asRequired("Choose the organization the person belongs to.")
                .bind(form -> organizations.stream()
                        .filter(org -> Objects.equals(org.id(), form.getOrganizationId())).findFirst().orElse(null),
                        (form, org) -> form.setOrganizationId(org == null ? null : org.id()));
    }

    /** Offers the organizations an account of this role can belong to, keeping the chosen one when it still fits. */
    private void organizationsFor(Role chosenRole, Long keep) {
        Organization current = organization.getValue();
        List<Organization> fitting = organizations.stream()
                .filter(org -> chosenRole == null || RoleOrganizationRule.fits(chosenRole, org.kind())).toList();
        organization.setItems(fitting);
        Long wanted = keep != null ? keep : current == null ? null : current.id();
        organization.setValue(fitting.stream().filter(org -> wanted != null && org.id() == wanted).findFirst()
                .orElse(null));
    }

    private void save() {
        AccountForm form = new AccountForm();
        if (binder.writeBeanIfValid(form)) {
            fireEvent(new SaveEvent(this, form.details()));
        } else {
            showError("Fill in the fields marked above.");
        }
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

    /** The form's fields while they are edited; Binder reads and writes it. */
    static final class AccountForm {
        private String username = "";
        private String displayName = "";
        private String email = "";
        private Role role;
        private Long organizationId;

        static AccountForm of(AccountDetails details) {
            AccountForm form = new AccountForm();
            form.username = details.username() == null ? "" : details.username();
            form.displayName = details.displayName() == null ? "" : details.displayName();
            form.email = details.email() == null ? "" : details.email();
            form.role = details.role();
            form.organizationId = details.organizationId();
            return form;
        }

        AccountDetails details() {
            return new AccountDetails(username, displayName, email, role, organizationId);
        }

        String getUsername() { return username; }
        void setUsername(String username) { this.username = username; }
        String getDisplayName() { return displayName; }
        void setDisplayName(String displayName) { this.displayName = displayName; }
        String getEmail() { return email; }
        void setEmail(String email) { this.email = email; }
        Role getRole() { return role; }
        void setRole(Role role) { this.role = role; }
        Long getOrganizationId() { return organizationId; }
        void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    }

    /** The admin saved the form. */
    static class SaveEvent extends ComponentEvent<AccountDialog> {

        private final AccountDetails details;

        SaveEvent(AccountDialog source, AccountDetails details) {
            super(source, false);
            this.details = details;
        }

        AccountDetails details() {
            return details;
        }
    }
}
