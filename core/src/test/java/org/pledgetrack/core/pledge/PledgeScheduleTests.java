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
}
