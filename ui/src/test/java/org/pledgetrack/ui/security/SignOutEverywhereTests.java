package org.pledgetrack.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccountUserDetailsService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.NewUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.UserRepository;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.session.SessionRegistry;

/** A password change ends every session of that account, and only of that account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class SignOutEverywhereTests {

    @Autowired SessionRegistry sessions;
    @Autowired AccountUserDetailsService userDetails;
    @Autowired UserService userService;
    @Autowired UserRepository users;

    @Test
    void passwordChangeExpiresAllSessionsOfThatAccount() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        userService.createAccount(admin, new NewUser("two.sessions", "granite-meadow-river-7", "Two Sessions",
                "two@example.org", Role.OVERSEER, admin.organizationId()));
        sessions.registerNewSession("laptop", userDetails.loadUserByUsername("two.sessions"));
        sessions.registerNewSession("tablet", userDetails.loadUserByUsername("two.sessions"));
        sessions.registerNewSession("someone-else", userDetails.loadUserByUsername(DemoAccounts.OVERSEER));

        userService.changePassword(Users.signedIn(users, "two.sessions"), "granite-meadow-river-7",
                "lantern-orchard-51");

        assertThat(sessions.getSessionInformation("laptop").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("tablet").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("someone-else").isExpired()).isFalse();
    }
}
