package org.pledgetrack.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DurationWordsTests {

    @Test
    void aReplyAfterTenSecondsReadsAsTenSecondsNotAnHour() {
        assertThat(DurationWords.of(Duration.ofSeconds(10))).isEqualTo("10 seconds");
    }

    @Test
    void eachDurationUsesTheLargestUnitThatFits() {
        assertThat(DurationWords.of(Duration.ofMillis(300))).isEqualTo("less than a second");
        assertThat(DurationWords.of(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(DurationWords.of(Duration.ofMinutes(5))).isEqualTo("5 minutes");
        assertThat(DurationWords.of(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(DurationWords.of(Duration.ofDays(30))).isEqualTo("30 days");
    }

    @Test
    void theNextSmallerUnitFollowsWhenItIsNotZero() {
        assertThat(DurationWords.of(Duration.ofSeconds(75))).isEqualTo("1 minute 15 seconds");
        assertThat(DurationWords.of(Duration.ofMinutes(200))).isEqualTo("3 hours 20 minutes");
        assertThat(DurationWords.of(Duration.ofHours(52).plusMinutes(10))).isEqualTo("2 days 4 hours");
    }

    @Test
    void aNegativeDurationCountsAsNone() {
        assertThat(DurationWords.of(Duration.ZERO)).isEqualTo("0 seconds");
        assertThat(DurationWords.of(Duration.ofSeconds(-5))).isEqualTo("0 seconds");
    }
}
