package org.pledgetrack.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schedule picker's choices and the stored cron expressions, both ways. */
class ReportRecurrenceTests {

    @Test
    void eachFrequencyBecomesTheCronTheSchedulerRuns() {
        assertThat(new ReportRecurrence(ReportRecurrence.Frequency.WEEKLY, DayOfWeek.TUESDAY, 0, LocalTime.of(7, 30))
                .toCron())
                .isEqualTo("0 30 7 * * TUE");
        assertThat(ReportRecurrence.monthlyDefault().toCron()).isEqualTo(ReportCron.MONTHLY);
        assertThat(new ReportRecurrence(ReportRecurrence.Frequency.QUARTERLY, null, 15, LocalTime.of(6, 0)).toCron())
                .isEqualTo("0 0 6 15 1,4,7,10 *");
        assertThat(new ReportRecurrence(ReportRecurrence.Frequency.SEMI_ANNUALLY, null, 2, LocalTime.of(23, 45))
                .toCron())
                .isEqualTo("0 45 23 2 1,7 *");
    }

    @Test
    void quarterlyRunsInTheFirstMonthOfEachQuarter() {
        ReportCron cron = ReportCron.parse(new ReportRecurrence(ReportRecurrence.Frequency.QUARTERLY, null, 15,
                LocalTime.of(6, 0)).toCron());
        assertThat(cron.nextAfter(Instant.parse("2026-01-16T00:00:00Z"))).isEqualTo("2026-04-15T06:00:00Z");
        assertThat(cron.nextAfter(Instant.parse("2026-10-15T06:00:00Z"))).isEqualTo("2027-01-15T06:00:00Z");
    }

    @ParameterizedTest
    @EnumSource(ReportRecurrence.Frequency.class)
    void aSavedScheduleReadsBackAsTheSameChoice(ReportRecurrence.Frequency frequency) {
        ReportRecurrence chosen = frequency == ReportRecurrence.Frequency.WEEKLY
                ? new ReportRecurrence(frequency, DayOfWeek.FRIDAY, 0, LocalTime.of(17, 15))
                : new ReportRecurrence(frequency, null, 28, LocalTime.of(0, 5));
        assertThat(ReportRecurrence.fromCron(chosen.toCron())).contains(chosen);
        ReportCron.parse(chosen.toCron());
    }

    @Test
    void storedSchedulesReadInWords() {
        assertThat(ReportRecurrence.describe("0 0 6 1 * *")).isEqualTo("Monthly on day 1 at 06:00 UTC");
        assertThat(ReportRecurrence.describe("0 30 7 * * TUE")).isEqualTo("Weekly on Tuesdays at 07:30 UTC");
        assertThat(ReportRecurrence.describe("0 0 6 15 1,4,7,10 *"))
                .isEqualTo("Quarterly on day 15 at 06:00 UTC (January, April, July, October)");
        // one typed before the picker existed: shown as it is, never lost
        assertThat(ReportRecurrence.describe("0 0 */4 * * *")).isEqualTo("Custom schedule: 0 0 */4 * * * (UTC)");
    }

    @Test
    void refusesADayThatSomeMonthsLack() {
        assertThatThrownBy(() -> new ReportRecurrence(ReportRecurrence.Frequency.MONTHLY, null, 31, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 28");
        assertThatThrownBy(() -> new ReportRecurrence(ReportRecurrence.Frequency.WEEKLY, null, 0, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekday");
        assertThat(ReportRecurrence.fromCron("0 0 6 31 * *")).isEmpty();
    }
}
