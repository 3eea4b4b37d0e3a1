package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class DayCountTests {

    private static final Instant YESTERDAY_LATE = Instant.parse("2026-12-06T23:59:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @Test
    void submittedYesterdayAtOneMinuteToMidnightHasWaitedOneDayForTheSnapshotAndTheLivePage() {
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2026-12-07T00:01:00Z"), ZoneOffset.UTC);

        assertThat(DayCount.between(YESTERDAY_LATE, TODAY)).isEqualTo(1);
        assertThat(DayCount.untilToday(YESTERDAY_LATE, justAfterMidnight)).isEqualTo(1);
    }

    @Test
    void theSameDayCountsNoneEvenLateInTheDay() {
        Clock lateToday = Clock.fixed(Instant.parse("2026-12-07T23:59:00Z"), ZoneOffset.UTC);

        assertThat(DayCount.untilToday(Instant.parse("2026-12-07T00:00:00Z"), lateToday)).isZero();
    }

    @Test
    void theDayIsTheUtcDayWhateverTheClocksZone() {
        Clock kansasEvening = Clock.fixed(Instant.parse("2026-12-07T00:01:00Z"), ZoneId.of("America/Chicago"));

        assertThat(DayCount.untilToday(YESTERDAY_LATE, kansasEvening)).isEqualTo(1);
    }

    @Test
    void anEventAfterTheAsOfDayCountsNone() {
        assertThat(DayCount.between(Instant.parse("2026-12-08T10:00:00Z"), TODAY)).isZero();
    }
}
