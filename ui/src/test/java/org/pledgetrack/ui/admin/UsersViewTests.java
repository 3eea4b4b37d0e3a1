package org.pledgetrack.ui.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.ManagedAccount;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserAccount;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.agency.Organization;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.pledgetrack.ui.api.TokenGrid;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accounts page tells the admin how long a lock lasts and whether it is one of a streak, and shows
 * and revokes any account's API tokens.
 */
class UsersViewTests extends KaribuViewTests {

    @Autowired UserService userService;
    @Autowired UserRepository users;
    @Autowired Clock clock;
    @Autowired ApiTokenService tokens;

    @Test
    @SuppressWarnings("unchecked")
    void adminSeesWhenALockEndsAndItsStreakAndUnlockEndsBoth() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        userService.createAccount(admin, new NewUser("streak.victim", "granite-meadow-river-7", "Streak Victim",
                "streak.victim@example.org", Role.OVERSEER, admin.organizationId()));
        long id = users.findByUsername("streak.victim").orElseThrow().id();
        users.lock(id, 2, Instant.parse("2099-01-02T03:04:00Z"));

        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/accounts");
        Grid<ManagedAccount> grid = _get(Grid.class, spec -> spec.withClasses("accounts-grid"));
        assertThat(GridKt._getFormatted(grid, rowOf(grid, "streak.victim"), "state"))
                .isEqualTo("Locked until Jan 2, 2099 03:04 UTC (lockout 2 in a row)");

        _click(_get(GridKt._getCellComponent(grid, rowOf(grid, "streak.victim"), "actions"), Button.class,
                spec -> spec.withText("Unlock")));

        assertThat(GridKt._getFormatted(grid, rowOf(grid, "streak.victim"), "state")).isEqualTo("Active");
        assertThat(users.findByUsername("streak.victim").orElseThrow().lockoutStreak()).isZero();
        assertThat(users.findByUsername("streak.victim").orElseThrow().lockedAt(clock.instant().plus(Duration.ofDays(1))))
                .isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminSeesAnAccountsApiTokensAndRevokesOne() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        userService.createAccount(admin, new NewUser("token.holder", "granite-meadow-river-7", "Token Holder",
                "token.holder@example.org", Role.OVERSEER, admin.organizationId()));
        CurrentUser holder = Users.signedIn(users, "token.holder");
        String secret = tokens.create(holder, "granite-meadow-river-7", "export script", 30).secret();

        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/accounts");
        Grid<ManagedAccount> accounts = _get(Grid.class, spec -> spec.withClasses("accounts-grid"));
        _click(_get(GridKt._getCellComponent(accounts, rowOf(accounts, "token.holder"), "actions"), Button.class,
                spec -> spec.withText("API tokens")));
        TokenGrid holderTokens = _get(TokenGrid.class);
        assertThat(GridKt._get(holderTokens, 0).name()).isEqualTo("export script");
        assertThat(GridKt._getFormatted(holderTokens, 0, "state")).isEqualTo("Active");

        _click(_get(GridKt._getCellComponent(holderTokens, 0, "revoke"), Button.class,
                spec -> spec.withText("Revoke")));

        assertThat(GridKt._getFormatted(holderTokens, 0, "state")).isEqualTo("Revoked");
        assertThat(tokens.authenticate(secret)).as("refused at once").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminCreatesAnAgencyUserAndWithoutSmtpGetsTheLinkToPassOn() {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("admin/accounts");
        _click(_get(Button.class, spec -> spec.withText("New account")));
        _get(TextField.class, spec -> spec.withLabel("Username")).setValue("karl.karibu");
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Karl Karibu");
        _get(EmailField.class, spec -> spec.withLabel("E-mail address")).setValue("karl@example.org");
        _get(Select.class, spec -> spec.withLabel("Role")).setValue(Role.TA_STAFF);
        ComboBox<Organization> organization = _get(ComboBox.class, spec -> spec.withLabel("Organization"));
        assertThat(organization.getListDataView().getItems().map(Organization::kind))
                .as("a TA staff member belongs to a TA provider").containsOnly(OrganizationKind.TA_PROVIDER);
        organization.setValue(organization.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        TextField link = _get(TextField.class, spec -> spec.withClasses("invitation-link"));
        assertThat(link.getValue()).contains("/set-password?token=");
        assertThat(link.isReadOnly()).isTrue();
        _get(Button.class, spec -> spec.withText("Copy"));
        Grid<ManagedAccount> grid = _get(Grid.class, spec -> spec.withClasses("accounts-grid"));
        assertThat(GridKt._getFormatted(grid, rowOf(grid, "karl.karibu"), "state")).startsWith("Invited until");
    }

    private static int rowOf(Grid<ManagedAccount> grid, String username) {
        return IntStream.range(0, GridKt._size(grid)).filter(row -> GridKt._get(grid, row).account().username().equals(username))
                .findFirst().orElseThrow();
    }
}
