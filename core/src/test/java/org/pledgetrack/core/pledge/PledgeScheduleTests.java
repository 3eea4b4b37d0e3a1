package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PledgeScheduleTests {

    @Test
    void targetIsThirtySixMonthsAfterSigning() {
        assertThat(PledgeSchedule.targetDate(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void expectedShareGrowsLinearlyAndStaysWithinBounds() {
        LocalDate signed = LocalDate.of(2024, 1, 1);
        assertThat(PledgeSchedule.expectedPercent(signed, signed)).isZero();
        assertThat(PledgeSchedule.expectedPercent(signed, signed.plusMonths(18))).isCloseTo(50.0, within(0.2));
        assertThat(PledgeSchedule.expectedPercent(signed, signed.plusYears(5))).isEqualTo(100.0);
        assertThat(PledgeSchedule.expectedPercent(signed, signed.minusDays(3))).isZero();
    }

    @Test
    void monthsElapsedNeverNegative() {
        LocalDate signed = LocalDate.of(2025, 6, 15);
        assertThat(PledgeSchedule.monthsElapsed(signed, LocalDate.of(2025, 6, 1))).isZero();
        assertThat(PledgeSchedule.monthsElapsed(signed, LocalDate.of(2026, 6, 15))).isEqualTo(12);
    }

    @Test
    void itemsWithTheirOwnTargetDateCountOnlyOnceItHasPassed() {
        LocalDate signed = LocalDate.of(2024, 1, 1);
        LocalDate halfway = signed.plusMonths(18);
        // 10 items: 2 with own targets already passed, 2 with own targets still ahead, 6 on the linear rule (~50%)
        double expected = PledgeSchedule.expectedPercent(signed, halfway, 10, 4, 2);
        assertThat(expected).isCloseTo(100.0 * (2 + 6 * 0.5) / 10, within(0.2));
        assertThat(PledgeSchedule.expectedPercent(signed, halfway, 10, 0, 0))
                .isCloseTo(PledgeSchedule.expectedPercent(signed, halfway), within(0.001));
    }

    @Test
    void scheduleStatusComparesVerifiedWithExpectedShare() {
        assertThat(ScheduleStatus.of(13, 25, 50)).isEqualTo(ScheduleStatus.ON_TRACK);
        assertThat(ScheduleStatus.of(11, 25, 50)).isEqualTo(ScheduleStatus.AT_RISK);
        assertThat(ScheduleStatus.of(5, 25, 50)).isEqualTo(ScheduleStatus.BEHIND);
        assertThat(ScheduleStatus.of(25, 25, 100)).isEqualTo(ScheduleStatus.COMPLETE);
    }
}
