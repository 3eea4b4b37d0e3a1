package org.pledgetrack.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ScheduleRuleTests {

    private final ScheduleRule rule = new ScheduleRule(BigDecimal.TEN, new BigDecimal("25"));

    @Test
    void everyItemVerifiedIsCompleteWhateverTheDate() {
        assertThat(rule.statusOf(25, 25, new BigDecimal("100.00"))).isEqualTo(ScheduleStatus.COMPLETE);
        assertThat(rule.statusOf(25, 25, new BigDecimal("3.00"))).isEqualTo(ScheduleStatus.COMPLETE);
    }

    @Test
    void thresholdsAreInclusiveUpperBoundsOfTheShortfall() {
        // 10 of 25 verified = 40.00 %
        assertThat(rule.statusOf(10, 25, new BigDecimal("50.00"))).isEqualTo(ScheduleStatus.ON_TRACK);
        assertThat(rule.statusOf(10, 25, new BigDecimal("50.01"))).isEqualTo(ScheduleStatus.AT_RISK);
        assertThat(rule.statusOf(10, 25, new BigDecimal("65.00"))).isEqualTo(ScheduleStatus.AT_RISK);
        assertThat(rule.statusOf(10, 25, new BigDecimal("65.01"))).isEqualTo(ScheduleStatus.BEHIND);
    }

    @Test
    void aheadOfScheduleIsOnTrack() {
        assertThat(rule.statusOf(20, 25, new BigDecimal("10.00"))).isEqualTo(ScheduleStatus.ON_TRACK);
    }

    @Test
    void thresholdsComeFromConfiguration() {
        ScheduleRule strict = new ScheduleRule(BigDecimal.ZERO, new BigDecimal("5"));

        assertThat(strict.statusOf(10, 25, new BigDecimal("40.01"))).isEqualTo(ScheduleStatus.AT_RISK);
        assertThat(strict.statusOf(10, 25, new BigDecimal("45.01"))).isEqualTo(ScheduleStatus.BEHIND);
    }

    @Test
    void inconsistentThresholdsAreRejected() {
        assertThatThrownBy(() -> new ScheduleRule(new BigDecimal("30"), new BigDecimal("20")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentagesRoundHalfUpToTwoDecimals() {
        assertThat(ScheduleRule.percent(1, 3)).isEqualByComparingTo("33.33");
        assertThat(ScheduleRule.percent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(ScheduleRule.percent(1, 8)).isEqualByComparingTo("12.50");
        assertThat(ScheduleRule.percent(0, 0)).isEqualByComparingTo("0.00");
    }

    @Test
    void expectedShareRunsOverThirtySixMonthsFromALeapDay() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);

        assertThat(ScheduleRule.expectedPercent(leapDay, leapDay)).isEqualByComparingTo("0.00");
        // 2027-02-28 is the target (Feb 29 does not exist in 2027): 1095 days
        assertThat(ScheduleRule.expectedPercent(leapDay, LocalDate.of(2025, 2, 28))).isEqualByComparingTo("33.33");
        assertThat(ScheduleRule.expectedPercent(leapDay, LocalDate.of(2027, 2, 28))).isEqualByComparingTo("100.00");
        assertThat(ScheduleRule.expectedPercent(leapDay, LocalDate.of(2028, 2, 29))).isEqualByComparingTo("100.00");
        assertThat(ScheduleRule.expectedPercent(leapDay, LocalDate.of(2023, 1, 1))).isEqualByComparingTo("0.00");
    }
}
