package org.pledgetrack.ui.api;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.apitoken.ApiToken;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.components.CopyButton;
import org.springframework.beans.factory.annotation.Autowired;

/** The token page asks for the current password again and says what ends a token. */
class ApiTokensViewTests extends KaribuViewTests {

    @Autowired ApiTokenService tokens;
    @Autowired UserRepository users;

    @Test
    void theTokenPageSaysTheLimitAndThatAPasswordChangeRevokesTokens() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("api-tokens");

        assertThat(_get(Paragraph.class).getText())
                .contains("valid for at most 90 days")
                .contains("changing your password revokes all your tokens");
    }

    @Test
    void creatingATokenWithoutTheRightPasswordIsRefusedAndCreatesNothing() {
        signInAs(DemoAccounts.DAYTON_AGENCY);
        navigateTo("api-tokens");
        int before = tokens.myTokens(Users.signedIn(users, DemoAccounts.DAYTON_AGENCY)).size();
        _get(TextField.class, spec -> spec.withLabel("Token name")).setValue("view script");
        _get(PasswordField.class, spec -> spec.withLabel("Your current password")).setValue("not the password");

        _click(_get(Button.class, spec -> spec.withText("Create token")));

        expectNotifications("The current password is not right.");
        assertThat(tokens.myTokens(Users.signedIn(users, DemoAccounts.DAYTON_AGENCY))).hasSize(before);

        _get(PasswordField.class, spec -> spec.withLabel("Your current password")).setValue(DemoAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Create token")));

        assertThat(tokens.myTokens(Users.signedIn(users, DemoAccounts.DAYTON_AGENCY))).hasSize(before + 1);
    }

    @Test
    void theTokenListShowsHowTheSecretBeginsWithItsPtPrefix() {
        signInAs(DemoAccounts.WICHITA_AGENCY);
        navigateTo("api-tokens");
        _get(TextField.class, spec -> spec.withLabel("Token name")).setValue("prefix check");
        _get(PasswordField.class, spec -> spec.withLabel("Your current password")).setValue(DemoAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Create token")));

        ApiToken created = tokens.myTokens(Users.signedIn(users, DemoAccounts.WICHITA_AGENCY)).stream()
                .filter(token -> token.name().equals("prefix check")).findFirst().orElseThrow();
        TokenGrid grid = _get(TokenGrid.class);
        int row = grid.getGenericDataView().getItems().toList().indexOf(created);
        assertThat(GridKt._getFormatted(grid, row, "startsWith")).isEqualTo("pt_" + created.prefix() + "_…");
    }

    @Test
    void aNewTokenIsShownOnceWithACopyButton() {
        signInAs(DemoAccounts.OVERSEER);
        navigateTo("api-tokens");
        _get(TextField.class, spec -> spec.withLabel("Token name")).setValue("copy me");
        _get(PasswordField.class, spec -> spec.withLabel("Your current password")).setValue(DemoAccounts.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Create token")));

        String secret = _get(TextField.class, spec -> spec.withLabel("Your new token")).getValue();
        assertThat(secret).startsWith("pt_");
        CopyButton copy = _get(CopyButton.class);
        assertThat(_get(copy, Button.class).getText()).isEqualTo("Copy token");
        assertThat(_get(copy, Span.class).getElement().getAttribute("aria-live")).isEqualTo("polite");
    }
}
