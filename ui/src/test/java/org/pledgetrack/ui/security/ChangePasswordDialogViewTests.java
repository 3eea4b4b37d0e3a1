package org.pledgetrack.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccountSessions;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;

/** Changing one's own password from the header keeps this session signed in, under the account's new generation. */
class ChangePasswordDialogViewTests extends KaribuViewTests {

    private static final String PASSWORD = "willow-canyon-ember-3";

    @Autowired UserService userService;
    @Autowired AccountSessions sessions;
    @Autowired UserRepository users;

    @Test
    void theSessionThePasswordWasChangedInStaysValidAndSaysTheOthersAreSignedOut() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        userService.createAccount(admin, new NewUser("dialog.change", PASSWORD, "Dialog Change",
                "dialog.change@example.org", Role.OVERSEER, admin.organizationId()));
        long id = Users.signedIn(users, "dialog.change").id();
        signInAs("dialog.change");
        var session = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        SessionGeneration.set(session, 0); // what signing in puts there for a new account
        navigateTo("");

        _click(_get(Button.class, spec -> spec.withText("Password")));
        _get(PasswordField.class, spec -> spec.withLabel("Current password")).setValue(PASSWORD);
        _get(PasswordField.class, spec -> spec.withLabel("New password")).setValue("lantern-orchard-51");
        _get(PasswordField.class, spec -> spec.withLabel("New password again")).setValue("lantern-orchard-51");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        NotificationsKt.expectNotifications("Password changed. Your other sessions are signed out.");
        assertThat(sessions.isValid(id, 0)).as("the generation the sessions signed in under has ended").isFalse();
        assertThat(sessions.isValid(id, SessionGeneration.of(session))).as("this session's").isTrue();
    }
}
