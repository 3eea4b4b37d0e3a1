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
    void shareOfTimePassedGrowsLinearlyAndStaysWithinBounds() {
        LocalDate signed = LocalDate.of(2024, 1, 1);
        assertThat(PledgeSchedule.expectedShare(signed, signed)).isZero();
        assertThat(PledgeSchedule.expectedShare(signed, signed.plusMonths(18))).isCloseTo(0.5, within(0.002));
        assertThat(PledgeSchedule.expectedShare(signed, signed.plusYears(5))).isEqualTo(1.0);
        assertThat(PledgeSchedule.expectedShare(signed, signed.minusDays(3))).isZero();
    }

    @Test
    void monthsElapsedNeverNegative() {
        LocalDate signed = LocalDate.of(2025, 6, 15);
        assertThat(PledgeSchedule.monthsElapsed(signed, LocalDate.of(2025, 6, 1))).isZero();
        assertThat(PledgeSchedule.monthsElapsed(signed, LocalDate.of(2026, 6, 15))).isEqualTo(12);
    }
}
