package org.pledgetrack.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.account.UserService;

/** Changing one's own password; afterwards every session of the account ends, this one included. */
public class ChangePasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("New password again");

    public ChangePasswordDialog(UserService users, CurrentUser user, AuthenticatedUser authenticatedUser) {
        setHeaderTitle("Change password");
        replacement.setHelperText("At least 12 characters; not your username; not a common password.");
        replacement.setMaxLength(128);
        FormLayout form = new FormLayout(current, replacement, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("You will be signed out everywhere and sign in again with the new password."), form);

        Button save = new Button("Change password", click -> {
            if (!replacement.getValue().equals(confirmation.getValue())) {
                confirmation.setErrorMessage("The two new passwords differ.");
                confirmation.setInvalid(true);
                return;
            }
            try {
                users.changePassword(user, current.getValue(), replacement.getValue());
                close();
                authenticatedUser.signOut();
            } catch (IllegalArgumentException e) {
                replacement.setErrorMessage(e.getMessage());
                replacement.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(28rem, 95vw)");
    }
}
