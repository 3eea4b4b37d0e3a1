package org.pledgetrack.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserAccount;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.notification.Notification;
import org.pledgetrack.core.notification.NotificationKind;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.SignIns;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 20, finding 1: nobody outside can lock an account for good. Each lock ends by itself and the
 * wrong passwords count from 0 after it; locks grow with the lockouts in a row (15 min, 1 h, 4 h by
 * default) but no further, and the streak starts over after a day without a lock; attempts while
 * locked do not extend the lock; API tokens keep working. Real database, the shared movable clock
 * (put back after each test), default settings.
 */
@GrantsIntegrationTest
class LockoutIntegrationTests {

    private static final String PASSWORD = "granite-meadow-river-7";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired AccountUserDetailsService userDetailsService;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ApplicationEventPublisher events;
    @Autowired UserRepository users;
    @Autowired UserService userService;
    @Autowired ApiTokenService tokens;
    @Autowired NotificationService notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired LockoutRule rule;
    @Autowired MutableClock clock;

    private SignIns signIns;
    private Instant start;

    @BeforeEach
    void setUp() {
        signIns = new SignIns(userDetailsService, passwordEncoder, events);
        start = clock.instant();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(start);
    }

    @Test
    void theDefaultsAreTenWrongPasswordsAndLocksOfFifteenMinutesOneHourAndFourHours() {
        assertThat(rule.lockAfterFailures()).isEqualTo(10);
        assertThat(rule.lockDurations()).containsExactly(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));
        assertThat(rule.lockStreakResetsAfter()).isEqualTo(Duration.ofDays(1));
    }

    /** The attack: after the first lock, one wrong password every 15 minutes kept the account locked. */
    @Test
    void oneWrongPasswordAfterALockEndsDoesNotLockAgain() {
        String victim = newAccount();
        lockOut(victim);
        assertLockedFor(victim, Duration.ofMinutes(15));

        clock.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> signIns.signIn(victim, "attacker-guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(account(victim).lockedAt(clock.instant())).isFalse();
        assertThat(account(victim).failedLoginCount()).isEqualTo(1);

        // nine more make ten since the lock ended: locked again, for the second step of the streak
        for (int i = 0; i < 9; i++) {
            assertThatThrownBy(() -> signIns.signIn(victim, "attacker-guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertLockedFor(victim, Duration.ofHours(1));
        assertThatThrownBy(() -> signIns.signIn(victim, PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofHours(1));
        assertThat(signIns.signIn(victim, PASSWORD).getName()).isEqualTo(victim);
        // a good sign-in ends the streak: the next lock is the first step again
        lockOut(victim);
        assertLockedFor(victim, Duration.ofMinutes(15));
    }

    @Test
    void locksGrowWithTheStreakUpToTheLastStepAndEveryOneEnds() {
        String victim = newAccount();
        for (Duration expected : new Duration[] {Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4),
                Duration.ofHours(4), Duration.ofHours(4)}) {
            lockOut(victim);
            assertLockedFor(victim, expected);
            clock.advance(expected);
        }
        assertThat(signIns.signIn(victim, PASSWORD).getName()).isEqualTo(victim);
    }

    @Test
    void theStreakStartsOverAfterADayWithoutALock() {
        String victim = newAccount();
        lockOut(victim);
        clock.advance(Duration.ofMinutes(15));
        lockOut(victim);
        assertLockedFor(victim, Duration.ofHours(1));

        clock.advance(Duration.ofHours(1).plus(Duration.ofDays(1)).minusSeconds(1));
        lockOut(victim);
        assertLockedFor(victim, Duration.ofHours(4));

        clock.advance(Duration.ofHours(4).plus(Duration.ofDays(1)));
        lockOut(victim);
        assertLockedFor(victim, Duration.ofMinutes(15));
    }

    @Test
    void attemptsWhileLockedNeitherCountNorExtendTheLock() {
        String victim = newAccount();
        lockOut(victim);
        Instant lockedUntil = account(victim).lockedUntil();

        for (int i = 0; i < 50; i++) {
            clock.advanceSeconds(10);
            assertThatThrownBy(() -> signIns.signIn(victim, "attacker-guess")).isInstanceOf(LockedException.class);
        }
        assertThat(account(victim).lockedUntil()).isEqualTo(lockedUntil);
        assertThat(account(victim).failedLoginCount()).isZero();
    }

    /** The attacker locks the admin again and again, as soon as each lock ends: the admin still gets in. */
    @Test
    void theAdminAlwaysGetsInAgainOnceItsLockEnds() {
        for (int lockout = 1; lockout <= 6; lockout++) {
            lockOut(DemoAccounts.ADMIN);
            assertThatThrownBy(() -> signIns.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD))
                    .isInstanceOf(LockedException.class);
            Instant lockedUntil = account(DemoAccounts.ADMIN).lockedUntil();
            assertThat(Duration.between(clock.instant(), lockedUntil)).isLessThanOrEqualTo(Duration.ofHours(4));
            clock.set(lockedUntil);
        }
        assertThat(signIns.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).getName()).isEqualTo(DemoAccounts.ADMIN);
    }

    @Test
    void aLockedAccountsApiTokensKeepWorkingButADisabledAccountsDoNot() {
        String owner = newAccount();
        CurrentUser user = Users.signedIn(users, owner);
        String secret = tokens.create(user, PASSWORD, "reporting script", 30).secret();

        lockOut(owner);
        assertThat(tokens.authenticate(secret)).contains(user);

        String disabledOwner = newAccount();
        CurrentUser disabledUser = Users.signedIn(users, disabledOwner);
        String disabledSecret = tokens.create(disabledUser, PASSWORD, "reporting script", 30).secret();
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id = ?", disabledUser.id());
        assertThat(tokens.authenticate(disabledSecret)).isEmpty();
    }

    @Test
    void everyAdminHearsOfAnAccountLockedAgainButNotOfAFirstLock() {
        String victim = newAccount();
        lockOut(victim);
        assertThat(lockNotices(DemoAccounts.ADMIN, victim)).isEmpty();

        clock.advance(Duration.ofMinutes(15));
        lockOut(victim);
        assertThat(lockNotices(DemoAccounts.ADMIN, victim)).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo("Account " + victim + " locked 2 times in a row");
            assertThat(notice.body()).contains("Someone may be guessing its password", "API tokens keep working");
            assertThat(notice.link()).isEqualTo("admin/accounts");
        });
        assertThat(lockNotices(DemoAccounts.OVERSEER, victim)).isEmpty();
    }

    private void lockOut(String username) {
        for (int i = 0; i < rule.lockAfterFailures(); i++) {
            assertThatThrownBy(() -> signIns.signIn(username, "attacker-guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(account(username).lockedAt(clock.instant())).isTrue();
        assertThat(account(username).failedLoginCount()).isZero();
    }

    private void assertLockedFor(String username, Duration length) {
        assertThat(account(username).lockedUntil()).isEqualTo(clock.instant().plus(length));
    }

    private UserAccount account(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private List<Notification> lockNotices(String reader, String victim) {
        return notifications.latest(Users.signedIn(users, reader)).stream()
                .filter(n -> n.kind() == NotificationKind.ACCOUNT_LOCKED_AGAIN && n.title().contains(" " + victim + " "))
                .toList();
    }

    private String newAccount() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        String username = "lockout.victim." + ACCOUNTS.incrementAndGet();
        userService.createAccount(admin, new NewUser(username, PASSWORD, username, username + "@example.org",
                Role.OVERSEER, admin.organizationId()));
        return username;
    }
}
