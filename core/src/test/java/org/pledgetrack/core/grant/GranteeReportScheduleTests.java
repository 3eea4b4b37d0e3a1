package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class GranteeReportScheduleTests {

    private static final LocalDate START = LocalDate.of(2023, 10, 1);
    private static final LocalDate END = LocalDate.of(2027, 9, 30);

    @Test
    void fourYearGrantHasSixteenQuarterlyMeasuresDueThirtyDaysAfterEachQuarter() {
        List<GranteeReportSchedule.Obligation> quarterly = of(ReportKind.PERFORMANCE_MEASURES, START, END);
        assertThat(quarterly).hasSize(16);
        assertThat(quarterly.getFirst()).isEqualTo(new GranteeReportSchedule.Obligation(ReportKind.PERFORMANCE_MEASURES,
                LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 30)));
        assertThat(quarterly.get(1).dueOn()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(quarterly.getLast().periodEnd()).isEqualTo(END);
    }

    @Test
    void progressReportsAreDueThirtyDaysAfterJuneThirtyAndDecemberThirtyOne() {
        List<GranteeReportSchedule.Obligation> progress = of(ReportKind.PROGRESS_REPORT, START, END);
        assertThat(progress).extracting(GranteeReportSchedule.Obligation::dueOn).containsExactly(
                LocalDate.of(2024, 1, 30), LocalDate.of(2024, 7, 30), LocalDate.of(2025, 1, 30),
                LocalDate.of(2025, 7, 30), LocalDate.of(2026, 1, 30), LocalDate.of(2026, 7, 30),
                LocalDate.of(2027, 1, 30), LocalDate.of(2027, 7, 30));
        assertThat(progress.getFirst().periodStart()).isEqualTo(START);
    }

    @Test
    void finalReportIsDueOneHundredTwentyDaysAfterTheEnd() {
        assertThat(of(ReportKind.FINAL_REPORT, START, END)).containsExactly(new GranteeReportSchedule.Obligation(
                ReportKind.FINAL_REPORT, START, END, LocalDate.of(2028, 1, 28)));
    }

    @Test
    void partialLastQuarterIsClippedToTheGrantEnd() {
        List<GranteeReportSchedule.Obligation> quarterly =
                of(ReportKind.PERFORMANCE_MEASURES, LocalDate.of(2025, 2, 15), LocalDate.of(2025, 8, 10));
        assertThat(quarterly).extracting(GranteeReportSchedule.Obligation::periodEnd).containsExactly(
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 10));
        assertThat(quarterly.getFirst().periodStart()).isEqualTo(LocalDate.of(2025, 2, 15));
    }

    @Test
    void statusFollowsDueAndSubmittedDates() {
        LocalDate due = LocalDate.of(2027, 1, 30);
        assertThat(GranteeReportSchedule.status(due, null, due.minusDays(15))).isEqualTo(GranteeReportStatus.UPCOMING);
        assertThat(GranteeReportSchedule.status(due, null, due.minusDays(14))).isEqualTo(GranteeReportStatus.DUE_SOON);
        assertThat(GranteeReportSchedule.status(due, null, due)).isEqualTo(GranteeReportStatus.DUE_SOON);
        assertThat(GranteeReportSchedule.status(due, null, due.plusDays(1))).isEqualTo(GranteeReportStatus.OVERDUE);
        assertThat(GranteeReportSchedule.status(due, due, due.plusDays(9))).isEqualTo(GranteeReportStatus.SUBMITTED);
        assertThat(GranteeReportSchedule.status(due, due.plusDays(2), due.plusDays(9)))
                .isEqualTo(GranteeReportStatus.SUBMITTED_LATE);
    }

    private static List<GranteeReportSchedule.Obligation> of(ReportKind kind, LocalDate start, LocalDate end) {
        return GranteeReportSchedule.obligations(start, end).stream().filter(o -> o.kind() == kind).toList();
    }
}
