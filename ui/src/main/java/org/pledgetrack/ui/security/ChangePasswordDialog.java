package org.pledgetrack.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;

/**
 * Changing one's own password; afterwards every other session of the account ends, on every node, at its next request.
 * This one was signed in again by typing the password just now, so it continues under the account's new session
 * generation.
 */
public class ChangePasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("New password again");

    public ChangePasswordDialog(UserService users, CurrentUser user) {
        setHeaderTitle("Change password");
        replacement.setHelperText("At least 12 characters; not your username; not a common password.");
        replacement.setMaxLength(128);
        FormLayout form = new FormLayout(current, replacement, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph("You stay signed in here; everywhere else you are signed out and sign in again with the new password."), form);

        Button save = new Button("Change password", click -> {
            if (!replacement.getValue().equals(confirmation.getValue())) {
                confirmation.setErrorMessage("The two new passwords differ.");
                confirmation.setInvalid(true);
                return;
            }
            try {
                long generation = users.changePassword(user, current.getValue(), replacement.getValue());
                SessionGeneration.set(VaadinSession.getCurrent().getSession(), generation);
                close();
                ActionFeedback.saved("Password changed. Your other sessions are signed out.");
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
