package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ScheduleRuleTests {

    private static final LocalDate SIGNED = LocalDate.of(2023, 3, 1);
    private static final LocalDate WITHIN = LocalDate.of(2025, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 1);
    private static final LocalDate AFTER_DEADLINE = DEADLINE.plusDays(1);

    private final ScheduleRule rule = new ScheduleRule(BigDecimal.TEN, new BigDecimal("25"));

    @Test
    void aPledgeNotCompleteTheDayAfterItsDeadlineIsPastDeadlineWhateverItsShortfall() {
        assertThat(rule.statusOf(SIGNED, DEADLINE, 24, 25, new BigDecimal("100.00"))).isEqualTo(ScheduleStatus.ON_TRACK);
        assertThat(rule.statusOf(SIGNED, AFTER_DEADLINE, 24, 25, new BigDecimal("100.00")))
                .isEqualTo(ScheduleStatus.PAST_DEADLINE);
        assertThat(rule.statusOf(SIGNED, AFTER_DEADLINE, 2, 25, new BigDecimal("100.00")))
                .isEqualTo(ScheduleStatus.PAST_DEADLINE);
        assertThat(rule.statusOf(PledgeStatus.ACTIVE, SIGNED, AFTER_DEADLINE, 2, 25, new BigDecimal("100.00")))
                .isEqualTo(ScheduleStatus.PAST_DEADLINE);
    }

    @Test
    void aCompletePledgeIsNeverPastDeadline() {
        assertThat(rule.statusOf(SIGNED, AFTER_DEADLINE.plusYears(3), 25, 25, new BigDecimal("100.00")))
                .isEqualTo(ScheduleStatus.COMPLETE);
    }

    @Test
    void pastDeadlineIsDecidedByTheAsOfDateSoAnEarlierDateKeepsItsStatus() {
        // the same counts as of a date before the deadline stay what they were when that date is computed again later
        assertThat(rule.statusOf(SIGNED, DEADLINE.minusDays(1), 20, 25, new BigDecimal("90.00")))
                .isEqualTo(ScheduleStatus.ON_TRACK);
        assertThat(rule.explanation()).contains("past deadline when the 36 months have passed");
    }

    @Test
    void everyItemVerifiedIsCompleteWhateverTheDate() {
        assertThat(rule.statusOf(SIGNED, WITHIN, 25, 25, new BigDecimal("100.00"))).isEqualTo(ScheduleStatus.COMPLETE);
        assertThat(rule.statusOf(SIGNED, WITHIN, 25, 25, new BigDecimal("3.00"))).isEqualTo(ScheduleStatus.COMPLETE);
    }

    @Test
    void exactlyTenPointsShortIsOnTrackAndAHundredthMoreIsAtRisk() {
        // 10 of 25 verified = 40.00 %
        assertThat(rule.statusOf(SIGNED, WITHIN, 10, 25, new BigDecimal("50.00"))).isEqualTo(ScheduleStatus.ON_TRACK);
        assertThat(rule.statusOf(SIGNED, WITHIN, 10, 25, new BigDecimal("50.01"))).isEqualTo(ScheduleStatus.AT_RISK);
    }

    @Test
    void exactlyTwentyFivePointsShortIsAtRiskAndAHundredthMoreIsBehind() {
        assertThat(rule.statusOf(SIGNED, WITHIN, 10, 25, new BigDecimal("65.00"))).isEqualTo(ScheduleStatus.AT_RISK);
        assertThat(rule.statusOf(SIGNED, WITHIN, 10, 25, new BigDecimal("65.01"))).isEqualTo(ScheduleStatus.BEHIND);
    }

    @Test
    void verifiedShareIsRoundedToTwoDecimalsBeforeItIsCompared() {
        // 1 of 3 verified = 33.33 %: 43.33 expected is exactly 10.00 points short
        assertThat(rule.statusOf(SIGNED, WITHIN, 1, 3, new BigDecimal("43.33"))).isEqualTo(ScheduleStatus.ON_TRACK);
        assertThat(rule.statusOf(SIGNED, WITHIN, 1, 3, new BigDecimal("43.34"))).isEqualTo(ScheduleStatus.AT_RISK);
    }

    @Test
    void aheadOfScheduleIsOnTrack() {
        assertThat(rule.statusOf(SIGNED, WITHIN, 20, 25, new BigDecimal("10.00"))).isEqualTo(ScheduleStatus.ON_TRACK);
    }

    @Test
    void aWithdrawnPledgeOrNoPledgeHasNoScheduleStatus() {
        assertThat(rule.statusOf(PledgeStatus.WITHDRAWN, SIGNED, WITHIN, 2, 25, new BigDecimal("90.00"))).isNull();
        assertThat(rule.statusOf(null, null, WITHIN, 0, 0, null)).isNull();
    }

    @Test
    void aClosedPledgeIsCompleteAndAnActiveOneFollowsTheShortfall() {
        assertThat(rule.statusOf(PledgeStatus.COMPLETED, SIGNED, AFTER_DEADLINE, 25, 25, new BigDecimal("100.00")))
                .isEqualTo(ScheduleStatus.COMPLETE);
        assertThat(rule.statusOf(PledgeStatus.ACTIVE, SIGNED, WITHIN, 10, 25, new BigDecimal("65.01")))
                .isEqualTo(ScheduleStatus.BEHIND);
    }

    @Test
    void thresholdsComeFromConfiguration() {
        ScheduleRule strict = new ScheduleRule(BigDecimal.ZERO, new BigDecimal("5"));

        assertThat(strict.statusOf(SIGNED, WITHIN, 10, 25, new BigDecimal("40.00"))).isEqualTo(ScheduleStatus.ON_TRACK);
        assertThat(strict.statusOf(SIGNED, WITHIN, 10, 25, new BigDecimal("40.01"))).isEqualTo(ScheduleStatus.AT_RISK);
        assertThat(strict.statusOf(SIGNED, WITHIN, 10, 25, new BigDecimal("45.01"))).isEqualTo(ScheduleStatus.BEHIND);
    }

    @Test
    void inconsistentThresholdsAreRejectedNamingTheSetting() {
        assertThatThrownBy(() -> new ScheduleRule(new BigDecimal("30"), new BigDecimal("20")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgetrack.schedule.behind-points (20) must be at least pledgetrack.schedule.at-risk-points (30)");
        assertThatThrownBy(() -> new ScheduleRule(new BigDecimal("-1"), new BigDecimal("20")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pledgetrack.schedule.at-risk-points must be 0 or more, not -1");
    }

    @Test
    void behindPointsBelowAtRiskPointsStopStartUpNamingTheKey() {
        new ApplicationContextRunner()
                .withUserConfiguration(ScheduleRuleConfiguration.class)
                .withPropertyValues("pledgetrack.schedule.at-risk-points=30", "pledgetrack.schedule.behind-points=20")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseMessage("pledgetrack.schedule.behind-points (20) must be at least "
                                + "pledgetrack.schedule.at-risk-points (30)"));
    }

    @Test
    void configuredThresholdsReachTheBeanAndItsExplanation() {
        new ApplicationContextRunner()
                .withUserConfiguration(ScheduleRuleConfiguration.class)
                .withPropertyValues("pledgetrack.schedule.at-risk-points=7.5")
                .run(context -> {
                    ScheduleRule configured = context.getBean(ScheduleRule.class);
                    assertThat(configured.atRiskPoints()).isEqualByComparingTo("7.5");
                    assertThat(configured.behindPoints()).isEqualByComparingTo("25");
                    assertThat(configured.explanation()).contains("at most 7.5 points below the expected share")
                            .contains("at most 25 points below");
                });
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

        assertThat(rule.expectedPercent(leapDay, leapDay, 25, 0)).isEqualByComparingTo("0.00");
        // 2027-02-28 is the target (Feb 29 does not exist in 2027): 1095 days
        assertThat(rule.expectedPercent(leapDay, LocalDate.of(2025, 2, 28), 25, 0)).isEqualByComparingTo("33.33");
        assertThat(rule.expectedPercent(leapDay, LocalDate.of(2027, 2, 28), 25, 0)).isEqualByComparingTo("100.00");
        assertThat(rule.expectedPercent(leapDay, LocalDate.of(2028, 2, 29), 25, 0)).isEqualByComparingTo("100.00");
        assertThat(rule.expectedPercent(leapDay, LocalDate.of(2023, 1, 1), 25, 0)).isEqualByComparingTo("0.00");
    }

    @Test
    void anItemWhoseOwnTargetHasArrivedCountsInFull() {
        LocalDate signed = LocalDate.of(2025, 1, 1);
        LocalDate halfway = LocalDate.of(2026, 7, 2); // 547 of 1095 days
        // 4 items, 1 with its own target arrived: (1 + 3 × 547/1095) / 4
        assertThat(rule.expectedPercent(signed, halfway, 4, 1)).isEqualByComparingTo("62.47");
        assertThat(rule.expectedPercent(signed, halfway, 4, 0)).isEqualByComparingTo("49.95");
        assertThat(rule.expectedPercent(signed, halfway, 4, 4)).isEqualByComparingTo("100.00");
    }

    @Test
    void moreOwnTargetsDueOnlyEverRaiseWhatIsExpected() {
        LocalDate signed = LocalDate.of(2025, 1, 1);
        for (LocalDate asOf = signed.minusDays(10); asOf.isBefore(signed.plusYears(4)); asOf = asOf.plusDays(37)) {
            for (int due = 1; due <= 25; due++) {
                assertThat(rule.expectedPercent(signed, asOf, 25, due)).as("%s, %d due", asOf, due)
                        .isGreaterThanOrEqualTo(rule.expectedPercent(signed, asOf, 25, due - 1));
            }
        }
    }

    @Test
    void impossibleCountOfTargetsDueIsRefused() {
        assertThatThrownBy(() -> rule.expectedPercent(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), 25, 26))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void explanationStatesTheConfiguredThresholds() {
        assertThat(rule.explanation()).isEqualTo("Expected by now: every item counts by the share of the 36 months "
                + "since signing that has passed; an item whose own target date has arrived counts in full, so a "
                + "target date can make an item expected sooner, never later. On track when the verified share is "
                + "at most 10 points below the expected share, at risk when at most 25 points below, behind beyond "
                + "that; complete when every item is verified; past deadline when the 36 months have passed and not "
                + "every item is verified.");
    }
}
