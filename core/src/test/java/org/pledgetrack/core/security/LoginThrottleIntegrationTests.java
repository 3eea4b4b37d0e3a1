package org.pledgetrack.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-address limit (30 failures in 15 minutes by default), counted in the database: every node
 * of one database sees the same count. Each test uses its own addresses; the shared clock is put back.
 */
@GrantsIntegrationTest
class LoginThrottleIntegrationTests {

    @Autowired LoginThrottle throttle;
    @Autowired SignInFailureRepository failures;
    @Autowired AddressLimit limit;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private Instant start;

    @BeforeEach
    void rememberTheClock() {
        start = clock.instant();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(start);
    }

    @Test
    void addressIsBlockedAfterTooManyFailuresAndOnlyThatAddress() {
        assertThat(limit.maxFailuresPerAddress()).isEqualTo(30);
        for (int i = 0; i < 29; i++) {
            throttle.recordFailure("10.0.0.1");
        }
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
        throttle.recordFailure("10.0.0.1");
        assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
        assertThat(throttle.isBlocked("10.0.0.2")).isFalse();
    }

    @Test
    void blockLiftsWhenFailuresLeaveTheWindowAndOldFailuresAreDeleted() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("10.0.0.9");
            clock.advanceSeconds(20);
        }
        assertThat(throttle.isBlocked("10.0.0.9")).isTrue();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1)); // the first failure is now 15 min and 1 s old
        assertThat(throttle.isBlocked("10.0.0.9")).isFalse();

        throttle.recordFailure("10.0.0.10");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_failure WHERE address = '10.0.0.9'", Integer.class))
                .isEqualTo(29);
    }

    /** A second node (another throttle over the same database) sees the first one's failures, and a restart too. */
    @Test
    void failuresCountOnEveryNodeOfTheDatabase() {
        LoginThrottle otherNode = new LoginThrottle(failures, limit, clock);
        for (int i = 0; i < 15; i++) {
            throttle.recordFailure("10.0.0.20");
            otherNode.recordFailure("10.0.0.20");
        }
        assertThat(throttle.isBlocked("10.0.0.20")).isTrue();
        assertThat(otherNode.isBlocked("10.0.0.20")).isTrue();
    }
}
