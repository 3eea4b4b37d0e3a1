package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class GranteeReportCalendarTests {

    private static final LocalDate START = LocalDate.of(2023, 10, 1);
    private static final LocalDate END = LocalDate.of(2027, 9, 30);

    @Test
    void semiAnnualReportsAreDueJulyThirtyAndJanuaryThirtyAcrossYearEnds() {
        List<GranteeReportCalendar.Obligation> progress = of(ReportKind.PROGRESS_REPORT, START, END);
        assertThat(progress).extracting(GranteeReportCalendar.Obligation::dueOn).containsExactly(
                LocalDate.of(2024, 1, 30), LocalDate.of(2024, 7, 30), LocalDate.of(2025, 1, 30),
                LocalDate.of(2025, 7, 30), LocalDate.of(2026, 1, 30), LocalDate.of(2026, 7, 30),
                LocalDate.of(2027, 1, 30), LocalDate.of(2027, 7, 30));
        assertThat(progress.get(1)).isEqualTo(new GranteeReportCalendar.Obligation(ReportKind.PROGRESS_REPORT,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), LocalDate.of(2024, 7, 30)));
    }

    @Test
    void anAwardStartingMidPeriodReportsThePartialFirstPeriodOnTheUsualDate() {
        assertThat(of(ReportKind.PROGRESS_REPORT, START, END).getFirst()).isEqualTo(
                new GranteeReportCalendar.Obligation(ReportKind.PROGRESS_REPORT, START, LocalDate.of(2023, 12, 31),
                        LocalDate.of(2024, 1, 30)));
    }

    @Test
    void theFinalReportCoversTheHalfYearTheAwardEndsInAndIsDueOneHundredTwentyDaysAfterTheEnd() {
        assertThat(of(ReportKind.FINAL_REPORT, START, END)).containsExactly(new GranteeReportCalendar.Obligation(
                ReportKind.FINAL_REPORT, LocalDate.of(2027, 7, 1), END, LocalDate.of(2028, 1, 28)));
    }

    @Test
    void anAwardEndingOnJuneThirtyHasNoSemiAnnualReportForItsLastHalfYear() {
        LocalDate end = LocalDate.of(2026, 6, 30);
        assertThat(of(ReportKind.PROGRESS_REPORT, LocalDate.of(2025, 1, 1), end))
                .extracting(GranteeReportCalendar.Obligation::periodEnd)
                .containsExactly(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31));
        assertThat(of(ReportKind.FINAL_REPORT, LocalDate.of(2025, 1, 1), end).getFirst().periodStart())
                .isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void anAwardWithinOneHalfYearHasOnlyTheFinalReport() {
        assertThat(GranteeReportCalendar.obligations(LocalDate.of(2025, 2, 15), LocalDate.of(2025, 5, 10)))
                .containsExactly(new GranteeReportCalendar.Obligation(ReportKind.FINAL_REPORT,
                        LocalDate.of(2025, 2, 15), LocalDate.of(2025, 5, 10), LocalDate.of(2025, 9, 7)));
    }

    @Test
    void fundsAreAtRiskFromTheFifteenthDayAfterAMissedDueDate() {
        LocalDate due = LocalDate.of(2027, 1, 30);
        assertThat(GranteeReportCalendar.status(due, null, due.minusDays(15))).isEqualTo(GranteeReportStatus.UPCOMING);
        assertThat(GranteeReportCalendar.status(due, null, due.minusDays(14))).isEqualTo(GranteeReportStatus.DUE_SOON);
        assertThat(GranteeReportCalendar.status(due, null, due)).isEqualTo(GranteeReportStatus.DUE_SOON);
        assertThat(GranteeReportCalendar.status(due, null, due.plusDays(1))).isEqualTo(GranteeReportStatus.OVERDUE);
        assertThat(GranteeReportCalendar.status(due, null, due.plusDays(14))).isEqualTo(GranteeReportStatus.OVERDUE);
        assertThat(GranteeReportCalendar.status(due, null, due.plusDays(15)))
                .isEqualTo(GranteeReportStatus.FUNDS_AT_RISK);
        assertThat(GranteeReportCalendar.status(due, due, due.plusDays(20))).isEqualTo(GranteeReportStatus.SUBMITTED);
        assertThat(GranteeReportCalendar.status(due, due.plusDays(16), due.plusDays(20)))
                .isEqualTo(GranteeReportStatus.SUBMITTED_LATE);
    }

    private static List<GranteeReportCalendar.Obligation> of(ReportKind kind, LocalDate start, LocalDate end) {
        return GranteeReportCalendar.obligations(start, end).stream().filter(o -> o.kind() == kind).toList();
    }
}
