package org.pledgetrack.ui.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.pledgetrack.core.account.PasswordLinkCheck;
import org.pledgetrack.core.account.PasswordLinkPurpose;
import org.pledgetrack.core.account.PasswordLinkRefused;
import org.pledgetrack.core.account.PasswordLinkState;
import org.pledgetrack.core.account.PasswordResetService;

/**
 * Where an invitation or reset link leads: the person chooses a password once. A link that is expired, used or
 * unknown gets a page that says so and what to do instead.
 */
@Route(value = "set-password", autoLayout = false)
@PageTitle("Set your password | pledgetrack")
@AnonymousAllowed
public class SetPasswordView extends PublicPage implements BeforeEnterObserver {

    private final PasswordResetService resets;
    private final PasswordField password = new PasswordField("New password");
    private final PasswordField repeated = new PasswordField("The same password again");
    private final Span error = new Span();
    private final Binder<Choice> binder = new Binder<>();
    private String secret;

    SetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("set-password-view");
        password.setHelperText("At least 12 characters; not your username and not a commonly used password");
        password.setMaxLength(128);
        password.setWidthFull();
        repeated.setWidthFull();
        error.addClassName("form-error");
        binder.forField(password).asRequired("Choose a password.").bind(Choice::getPassword, Choice::setPassword);
        binder.forField(repeated).asRequired("Type the password again.")
                .withValidator(again -> again.equals(password.getValue()), "The two passwords differ.")
                .bind(Choice::getRepeated, Choice::setRepeated);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        this.secret = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        PasswordLinkCheck check = resets.check(secret);
        if (check.state() != PasswordLinkState.USABLE) {
            showRefused(check.state());
            return;
        }
        Button save = new Button("Set password", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidthFull();
        String why = check.purpose() == PasswordLinkPurpose.INVITATION
                ? "Welcome. Choose the password for your account " + check.username() + "."
                : "Choose a new password for your account " + check.username() + ".";
        show("Set your password", new Paragraph(why), password, repeated, error, save);
    }

    private void save() {
        Choice choice = new Choice();
        if (!binder.writeBeanIfValid(choice)) {
            return;
        }
        try {
            resets.setPassword(secret, choice.getPassword());
            showOutcome("Your password is set", "Sign in with your username and the password you just chose.");
        } catch (PasswordLinkRefused refused) {
            showRefused(refused.state());
        } catch (IllegalArgumentException refused) {
            error.setText(refused.getMessage());
        }
    }

    private void showRefused(PasswordLinkState state) {
        switch (state) {
            case EXPIRED -> showOutcome("This link has expired", "Links to set a password work for a limited time. "
                    + "Ask your administrator to invite you again, or use \"Forgot password?\" on the sign-in page.");
            case USED -> showOutcome("This link has already been used", "Each link sets a password once, and a newer "
                    + "link replaces an older one. If you set your password, sign in with it; otherwise use "
                    + "\"Forgot password?\" on the sign-in page or ask your administrator.");
            default -> showOutcome("This link is not valid", "Check that you opened the whole link from the e-mail. "
                    + "If it still does not work, ask your administrator for a new one.");
        }
    }

    /** The two password fields while they are typed; Binder reads and writes it. */
    static final class Choice {
        private String password = "";
        private String repeated = "";

        String getPassword() { return password; }
        void setPassword(String password) { this.password = password; }
        String getRepeated() { return repeated; }
        void setRepeated(String repeated) { this.repeated = repeated; }
    }
}
