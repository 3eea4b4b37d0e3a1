package org.pledgetrack.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgetrack.db.Tables.PASSWORD_LINK;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.AccountAdminService;
import org.pledgetrack.core.account.AccountDetails;
import org.pledgetrack.core.account.InvitationService;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages before sign-in: a link sets the password and then says it was used; an expired link gets a page that
 * says so; "Forgot password?" says the same words for an unknown person as for a known one.
 */
class PasswordLinkViewTests extends KaribuViewTests {

    @Autowired AccountAdminService accounts;
    @Autowired InvitationService invitations;
    @Autowired UserRepository users;
    @Autowired DSLContext dsl;

    @Test
    void theLinkSetsThePasswordOnceAndThenSaysItWasUsed() {
        String secret = invite("vera.views", "vera@example.org");

        openLink(secret);
        assertThat(_get(H2.class).getText()).isEqualTo("Set your password");
        _get(PasswordField.class, spec -> spec.withLabel("New password")).setValue("mesa-juniper-harbor-3");
        _get(PasswordField.class, spec -> spec.withLabel("The same password again")).setValue("mesa-juniper-harbor-3");
        _click(_get(Button.class, spec -> spec.withText("Set password")));

        assertThat(_get(H2.class).getText()).isEqualTo("Your password is set");
        openLink(secret);
        assertThat(_get(H2.class).getText()).isEqualTo("This link has already been used");
    }

    @Test
    void anExpiredLinkGetsAPageThatSaysSoAndWhatToDo() {
        String secret = invite("ed.expired", "ed@example.org");
        dsl.update(PASSWORD_LINK).set(PASSWORD_LINK.EXPIRES_AT, Instant.parse("2020-01-01T00:00:00Z"))
                .where(PASSWORD_LINK.USER_ID.eq(users.findByUsername("ed.expired").orElseThrow().id())).execute();

        openLink(secret);

        assertThat(_get(H2.class).getText()).isEqualTo("This link has expired");
        assertThat(_get(Paragraph.class).getText()).contains("Ask your administrator to invite you again");
    }

    @Test
    void forgotPasswordSaysTheSameForAnUnknownAndAKnownPerson() {
        assertThat(forgotPasswordAnswer("nobody.at.all@example.org")).isEqualTo(ForgotPasswordView.SENT);
        assertThat(forgotPasswordAnswer(DemoAccounts.DAYTON_AGENCY)).isEqualTo(ForgotPasswordView.SENT);
    }

    private static void openLink(String secret) {
        UI.getCurrent().navigate(SetPasswordView.class, QueryParameters.of("token", secret));
    }

    private String forgotPasswordAnswer(String who) {
        navigateTo("login"); // a fresh page: navigating to the route already shown keeps its view
        navigateTo("forgot-password");
        _get(TextField.class, spec -> spec.withLabel("Username or e-mail address")).setValue(who);
        _click(_get(Button.class, spec -> spec.withText("Send me a link")));
        assertThat(_get(H2.class).getText()).isEqualTo("Check your e-mail");
        return _get(Paragraph.class).getText();
    }

    /** Creates an account and invites it; without SMTP here the link comes back to the admin. */
    private String invite(String username, String email) {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        long wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId();
        long id = accounts.create(admin, new AccountDetails(username, "Someone", email, Role.AGENCY, wichita));
        String link = invitations.invite(admin, List.of(id)).getFirst().link();
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
