package org.pledgetrack.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LockoutRuleTests {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private final LockoutRule rule = new LockoutRule(10,
            List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4)), Duration.ofDays(1));

    @Test
    void tenWrongPasswordsLockNineDoNot() {
        assertThat(rule.locksAfter(9)).isFalse();
        assertThat(rule.locksAfter(10)).isTrue();
    }

    @Test
    void aLockWithinADayOfThePreviousLocksEndContinuesTheStreak() {
        assertThat(rule.streakAt(NOW, 0, null)).isEqualTo(1);
        assertThat(rule.streakAt(NOW, 2, NOW.minus(Duration.ofDays(1)).plusSeconds(1))).isEqualTo(3);
        assertThat(rule.streakAt(NOW, 2, NOW.minus(Duration.ofDays(1)))).isEqualTo(1);
        // an unlock or a good sign-in set the streak to 0: the next lock is the first
        assertThat(rule.streakAt(NOW, 0, NOW.minusSeconds(5))).isEqualTo(1);
    }

    @Test
    void locksGrowToTheLastDurationAndStayThere() {
        assertThat(rule.lockFor(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(rule.lockFor(2)).isEqualTo(Duration.ofHours(1));
        assertThat(rule.lockFor(3)).isEqualTo(Duration.ofHours(4));
        assertThat(rule.lockFor(1_000)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void settingsWithoutAUsableLockAreRefusedNamingTheKeys() {
        assertThatThrownBy(() -> new LockoutRule(10, List.of(), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lock-durations");
        assertThatThrownBy(() -> new LockoutRule(0, List.of(Duration.ofMinutes(15)), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lock-after-failures");
        assertThatThrownBy(() -> new LockoutRule(10, List.of(Duration.ZERO), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
