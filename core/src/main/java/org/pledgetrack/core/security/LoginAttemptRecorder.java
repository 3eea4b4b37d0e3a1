package org.pledgetrack.core.security;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account in the database (so the count holds on every node and across
 * restarts) and locks the account as the {@link LockoutRule} says, so that passwords cannot be
 * guessed online; a good sign-in resets the count and the streak. Publishes {@link AccountLocked}
 * with each lock. Failures per source address are counted by the web layer into {@link LoginThrottle}.
 */
@Component
public class LoginAttemptRecorder {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptRecorder.class);

    private final SignInAccounts users;
    private final LockoutRule rule;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginAttemptRecorder(SignInAccounts users, LockoutRule rule, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.rule = rule;
        this.events = events;
        this.clock = clock;
    }

    /** A wrong password (an unknown account changes nothing): counted, and the account locked at the limit. */
    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        log.info("Failed sign-in for '{}'", username);
        users.countFailedLogin(username)
                .filter(state -> rule.locksAfter(state.failedLogins()))
                .ifPresent(this::lock);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName(), clock.instant());
    }

    private void lock(SignInAccounts.LockState state) {
        Instant now = clock.instant();
        int streak = rule.streakAt(now, state.lockoutStreak(), state.lockedUntil());
        Instant until = now.plus(rule.lockFor(streak));
        users.lock(state.userId(), streak, until);
        log.warn("Account '{}' locked until {} after {} wrong passwords (lockout {} in a row)", state.username(),
                until, state.failedLogins(), streak);
        events.publishEvent(new AccountLocked(state.userId(), state.username(), streak, until));
    }
}
