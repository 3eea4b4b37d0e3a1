package org.pledgetrack.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.testsupport.MutableClock;

class LoginThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofMinutes(15));

    @Test
    void addressIsBlockedAfterTooManyFailuresAndOnlyThatAddress() {
        throttle.recordFailure("10.0.0.1");
        throttle.recordFailure("10.0.0.1");
        assertThat(throttle.isBlocked("10.0.0.1")).isFalse();
        throttle.recordFailure("10.0.0.1");
        assertThat(throttle.isBlocked("10.0.0.1")).isTrue();
        assertThat(throttle.isBlocked("10.0.0.2")).isFalse();
    }

    @Test
    void blockLiftsWhenFailuresLeaveTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("10.0.0.9");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.isBlocked("10.0.0.9")).isTrue();
        clock.advance(Duration.ofMinutes(13));
        assertThat(throttle.isBlocked("10.0.0.9")).isFalse();
    }
}
