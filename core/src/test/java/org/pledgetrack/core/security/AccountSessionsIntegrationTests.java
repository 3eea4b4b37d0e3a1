package org.pledgetrack.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.AccountAdminService;
import org.pledgetrack.core.account.AccountDetails;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every change that must end an account's sessions moves its session generation, in the database, so that every
 * node refuses the sessions signed in before; a session signed in afterwards carries the new one. A change that
 * leaves the rights as they were leaves the sessions alone.
 */
@GrantsIntegrationTest
class AccountSessionsIntegrationTests {

    private static final String PASSWORD = "granite-meadow-river-7";

    @Autowired AccountSessions sessions;
    @Autowired AccountUserDetailsService signIn;
    @Autowired UserService userService;
    @Autowired AccountAdminService accounts;
    @Autowired UserRepository users;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = Users.signedIn(users, DemoAccounts.ADMIN);
    }

    @Test
    void changingOnesOwnPasswordEndsTheOldSessionsAndReturnsTheGenerationThisOneContinuesUnder() {
        CurrentUser person = newAccount("own.password", Role.OVERSEER);
        long signedInUnder = generationAtSignIn("own.password");

        long continuesUnder = userService.changePassword(person, PASSWORD, "lantern-orchard-51");

        assertThat(sessions.isValid(person.id(), signedInUnder)).isFalse();
        assertThat(sessions.isValid(person.id(), continuesUnder)).isTrue();
        assertThat(generationAtSignIn("own.password")).as("a sign-in now").isEqualTo(continuesUnder);
    }

    @Test
    void disablingTheAccountOrChangingItsRoleEndsItsSessionsButANewNameDoesNot() {
        CurrentUser renamed = newAccount("renamed.only", Role.OVERSEER);
        CurrentUser promoted = newAccount("promoted", Role.OVERSEER);
        CurrentUser disabled = newAccount("disabled.now", Role.OVERSEER);
        long renamedSession = generationAtSignIn("renamed.only");
        long promotedSession = generationAtSignIn("promoted");
        long disabledSession = generationAtSignIn("disabled.now");

        accounts.update(admin, renamed.id(), new AccountDetails("renamed.only", "A New Name", "renamed@example.org",
                Role.OVERSEER, admin.organizationId()));
        accounts.update(admin, promoted.id(), new AccountDetails("promoted", "promoted", "promoted@example.org",
                Role.ADMIN, admin.organizationId()));
        accounts.disable(admin, List.of(disabled.id()));

        assertThat(sessions.isValid(renamed.id(), renamedSession)).as("renamed").isTrue();
        assertThat(sessions.isValid(promoted.id(), promotedSession)).as("new role").isFalse();
        assertThat(sessions.isValid(disabled.id(), disabledSession)).as("disabled").isFalse();
    }

    @Test
    void anAccountThatIsGoneHasNoValidSession() {
        assertThat(sessions.isValid(Long.MAX_VALUE, 0)).isFalse();
    }

    private CurrentUser newAccount(String username, Role role) {
        userService.createAccount(admin, new NewUser(username, PASSWORD, username, username + "@example.org", role,
                admin.organizationId()));
        return Users.signedIn(users, username);
    }

    private long generationAtSignIn(String username) {
        return ((AccountPrincipal) signIn.loadUserByUsername(username)).sessionGeneration();
    }
}
