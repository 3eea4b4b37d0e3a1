package org.pledgetrack.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.apitoken.IssuedApiToken;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.security.AccountPrincipal;
import org.pledgetrack.core.security.AccountSessions;
import org.pledgetrack.core.security.AccountUserDetailsService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.SignIns;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code --reset-admin=<username>}, the way in when every admin is locked out: the command as the
 * entry point runs it, against the real database. Uses admin accounts of its own, so that the demo
 * admin's password stays the one the other tests know.
 */
@GrantsIntegrationTest
class ResetAdminCommandIntegrationTests {

    @Autowired AdminAccessReset reset;
    @Autowired AccountSessions sessions;
    @Autowired ApiTokenService tokens;
    @Autowired UserService userService;
    @Autowired UserRepository users;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired AccountUserDetailsService userDetailsService;
    @Autowired ApplicationEventPublisher events;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private SignIns signIns;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        signIns = new SignIns(userDetailsService, passwordEncoder, events);
    }

    @Test
    void resetUnlocksAndEnablesTheAdminAndPrintsANewPasswordThatSignsIn() {
        CurrentUser locked = newAdmin("locked.admin");
        users.lock(locked.id(), 3, clock.instant().plusSeconds(4 * 3600));
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id = ?", locked.id());

        ResetAdminCommand command = run("locked.admin");

        assertThat(command.getExitCode()).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines[0]).isEqualTo("Admin account 'locked.admin' is unlocked and enabled; its new password is:");
        String password = lines[1];
        assertThat(password).hasSize(24);
        UserAccount account = users.findByUsername("locked.admin").orElseThrow();
        assertThat(account.lockedAt(clock.instant())).isFalse();
        assertThat(account.enabled()).isTrue();
        assertThat(account.failedLoginCount()).isZero();
        assertThat(passwordEncoder.matches(password, users.findPasswordHash(locked.id()).orElseThrow())).isTrue();
        assertThat(passwordEncoder.matches("granite-meadow-river-7", users.findPasswordHash(locked.id()).orElseThrow()))
                .isFalse();
        assertThat(audit.historyOf(UserService.ENTITY, locked.id()))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("RESET_FROM_COMMAND_LINE"));
        assertThat(signIns.signIn("locked.admin", password).getName()).isEqualTo("locked.admin");
    }

    @Test
    void resetRevokesTheAdminsApiTokensAndEndsItsSessionsAtOnce() {
        CurrentUser admin = newAdmin("token.admin");
        IssuedApiToken issued = tokens.create(admin, "granite-meadow-river-7", "admin script", 30);
        assertThat(tokens.authenticate(issued.secret())).contains(admin);

        long sessionsBefore = ((AccountPrincipal) userDetailsService.loadUserByUsername("token.admin"))
                .sessionGeneration();

        reset.reset("token.admin");

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(sessions.isValid(admin.id(), sessionsBefore)).as("its sessions on every node end too").isFalse();
        assertThat(tokens.myTokens(admin)).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void eachResetGivesAnotherPassword() {
        newAdmin("twice.admin");
        String first = reset.reset("twice.admin");
        String second = reset.reset("twice.admin");
        assertThat(second).isNotEqualTo(first);
        assertThat(passwordEncoder.matches(first, users.findPasswordHash(
                users.findByUsername("twice.admin").orElseThrow().id()).orElseThrow())).isFalse();
    }

    @Test
    void onlyAnAdminAccountIsResetAndNothingChangesOtherwise() {
        String overseerHash = users.findPasswordHash(Users.signedIn(users, DemoAccounts.OVERSEER).id()).orElseThrow();

        ResetAdminCommand overseer = run(DemoAccounts.OVERSEER);
        assertThat(overseer.getExitCode()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no admin account 'overseer'.");
        assertThat(users.findPasswordHash(Users.signedIn(users, DemoAccounts.OVERSEER).id())).contains(overseerHash);

        assertThat(run("nobody.at.all").getExitCode()).isEqualTo(1);
        assertThatThrownBy(() -> reset.reset("nobody.at.all")).isInstanceOf(IllegalArgumentException.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private ResetAdminCommand run(String username) {
        ResetAdminCommand command = new ResetAdminCommand(reset, username);
        command.printTo(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        command.run();
        return command;
    }

    private CurrentUser newAdmin(String username) {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        userService.createAccount(admin, new NewUser(username, "granite-meadow-river-7", username,
                username + "@example.org", Role.ADMIN, admin.organizationId()));
        return Users.signedIn(users, username);
    }
}
