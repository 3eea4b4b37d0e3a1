package org.pledgetrack.core.security;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and locks it for a while after too many, so that
 * passwords cannot be guessed online; a good sign-in resets the count. Failures per source
 * address are counted by the web layer into {@link LoginThrottle}.
 */
@Component
public class LoginAttemptRecorder {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptRecorder.class);

    private final UserRepository users;
    private final Clock clock;
    private final int lockAfter;
    private final Duration lockFor;

    LoginAttemptRecorder(UserRepository users, Clock clock,
                         @Value("${pledgetrack.login.lock-after-failures:10}") int lockAfter,
                         @Value("${pledgetrack.login.lock-duration:PT15M}") Duration lockFor) {
        this.users = users;
        this.clock = clock;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        log.info("Failed sign-in for '{}'", username);
        users.recordFailedLogin(username, lockAfter, clock.instant().plus(lockFor));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName(), clock.instant());
    }
}
