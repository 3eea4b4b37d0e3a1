package org.pledgetrack.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class UserServiceIntegrationTests {

    @Autowired UserService userService;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    @Test
    void adminCreatesAnAccountOnlyWithAnAcceptablePassword() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        long organization = admin.organizationId();
        assertThatThrownBy(() -> userService.createAccount(admin, new NewUser("weak.one", "password123",
                "Weak One", "weak@example.org", Role.OVERSEER, organization)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12");
        long id = userService.createAccount(admin, new NewUser("strong.one", "granite-meadow-river-7",
                "Strong One", "strong@example.org", Role.OVERSEER, organization));
        assertThat(users.findByUsername("strong.one")).get().satisfies(a -> assertThat(a.id()).isEqualTo(id));
    }

    @Test
    void blanksAroundTheFieldsAreDroppedSoTheAccountSignsInByItsPlainName() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        userService.createAccount(admin, new NewUser(" pasted.one\t", "granite-meadow-river-7", " Pasted One ",
                " pasted@example.org ", Role.OVERSEER, admin.organizationId()));
        UserAccount account = users.findByUsername("pasted.one").orElseThrow();
        assertThat(account.username()).isEqualTo("pasted.one");
        assertThat(account.displayName()).isEqualTo("Pasted One");
        assertThat(account.email()).isEqualTo("pasted@example.org");
        assertThatThrownBy(() -> userService.createAccount(admin, new NewUser("   ", "granite-meadow-river-7",
                "Blank", "blank@example.org", Role.OVERSEER, admin.organizationId())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Enter a user name.");
    }

    @Test
    void nonAdminCannotCreateAccountsOrUnlock() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        assertThatThrownBy(() -> userService.createAccount(overseer, new NewUser("x.y", "granite-meadow-river-7",
                "X", "x@example.org", Role.ADMIN, overseer.organizationId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.unlock(overseer, overseer.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndAGoodNewOne() {
        CurrentUser user = newAccount("changer.one");
        assertThatThrownBy(() -> userService.changePassword(user, "wrong-current-pass", "lantern-orchard-51"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The current password is not right.");
        assertThatThrownBy(() -> userService.changePassword(user, "granite-meadow-river-7", "welcome123"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> userService.changePassword(user, "granite-meadow-river-7", "granite-meadow-river-7"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different");

        userService.changePassword(user, "granite-meadow-river-7", "lantern-orchard-51");
        String hash = users.findPasswordHash(user.id()).orElseThrow();
        assertThat(passwordEncoder.matches("lantern-orchard-51", hash)).isTrue();
        assertThat(passwordEncoder.matches("granite-meadow-river-7", hash)).isFalse();
    }

    @Test
    void noneOfTheLastFivePasswordsMayBeUsedAgainButTheSixthMay() {
        CurrentUser user = newAccount("rotator.one");
        List<String> passwords = List.of("granite-meadow-river-7", "lantern-orchard-51", "copper-willow-canyon-3",
                "harbor-thistle-ember-9", "saffron-glacier-quill-2", "marble-falcon-orbit-6");
        for (int i = 1; i < passwords.size(); i++) {
            userService.changePassword(user, passwords.get(i - 1), passwords.get(i));
        }
        String current = passwords.getLast();
        for (String recent : passwords.subList(1, passwords.size())) {
            assertThatThrownBy(() -> userService.changePassword(user, current, recent))
                    .as(recent).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Choose a password different from your last 5 passwords.");
        }

        userService.changePassword(user, current, passwords.getFirst());

        assertThat(passwordEncoder.matches(passwords.getFirst(), users.findPasswordHash(user.id()).orElseThrow())).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM password_history WHERE user_id = ?", Integer.class,
                user.id())).as("only the four before the current one are kept").isEqualTo(4);
    }

    @Test
    void adminUnlocksALockedAccount() {
        CurrentUser user = newAccount("locked.one");
        users.lock(user.id(), 3, Instant.parse("2099-01-01T00:00:00Z"));
        assertThat(users.findByUsername("locked.one").orElseThrow().lockedAt(Instant.now())).isTrue();

        userService.unlock(Users.signedIn(users, DemoAccounts.ADMIN), user.id());
        UserAccount account = users.findByUsername("locked.one").orElseThrow();
        assertThat(account.lockedAt(Instant.now())).isFalse();
        assertThat(account.failedLoginCount()).isZero();
        assertThat(account.lockoutStreak()).isZero(); // the next lock is the first, 15 minutes, again
    }

    private CurrentUser newAccount(String username) {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        userService.createAccount(admin, new NewUser(username, "granite-meadow-river-7", username, username
                + "@example.org", Role.OVERSEER, admin.organizationId()));
        return Users.signedIn(users, username);
    }
}
