package org.pledgetrack.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class HumanDatesTests {

    private static final Clock JUST_AFTER_MIDNIGHT = Clock.fixed(Instant.parse("2026-12-07T00:01:00Z"), ZoneOffset.UTC);

    @Test
    void activityYesterdayAtOneMinuteToMidnightWasOneDayAgoAsTheSnapshotCountsIt() {
        assertThat(HumanDates.daysAgo(Instant.parse("2026-12-06T23:59:00Z"), JUST_AFTER_MIDNIGHT)).isEqualTo("1 day ago");
    }

    @Test
    void activityEarlierTodayWasToday() {
        assertThat(HumanDates.daysAgo(Instant.parse("2026-12-07T00:00:00Z"), JUST_AFTER_MIDNIGHT)).isEqualTo("today");
    }

    @Test
    void noActivityIsNever() {
        assertThat(HumanDates.daysAgo(null, JUST_AFTER_MIDNIGHT)).isEqualTo("never");
    }
}
