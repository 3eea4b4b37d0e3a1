package org.pledgetrack.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.timer.SnapshotRefreshSettings;

class NumbersAsOfTests {

    private static final Optional<Instant> DEC_7 = Optional.of(Instant.parse("2026-12-07T14:02:31Z"));
    private static final SnapshotRefreshSettings DEFAULTS =
            new SnapshotRefreshSettings(true, Duration.ofSeconds(60), Duration.ofSeconds(5));

    @Test
    void saysWhenInUtcAndThatTheDefaultRefreshTakesAboutAMinute() {
        assertThat(new NumbersAsOf(DEC_7, DEFAULTS).getText())
                .isEqualTo("Numbers as of Dec 7, 2026 14:02 UTC · refreshed automatically within about a minute of a change");
    }

    @Test
    void aLongerMinimumIntervalIsSaidInMinutes() {
        SnapshotRefreshSettings fiveMinutes = new SnapshotRefreshSettings(true, Duration.ofMinutes(5), Duration.ofSeconds(5));

        assertThat(new NumbersAsOf(DEC_7, fiveMinutes).getText()).endsWith("within about 5 minutes of a change");
    }

    @Test
    void withoutTheRefreshTheNightlyRunKeepsThemAndADateWithoutARunSaysSo() {
        SnapshotRefreshSettings off = new SnapshotRefreshSettings(false, Duration.ofSeconds(60), Duration.ofSeconds(5));

        assertThat(new NumbersAsOf(Optional.empty(), off).getText()).isEqualTo("Not computed yet · recomputed every night");
    }
}
