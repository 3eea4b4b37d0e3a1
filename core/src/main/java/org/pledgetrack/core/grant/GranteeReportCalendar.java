package org.pledgetrack.core.grant;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The grantee's reporting calendar, derived from the award period alone, as BJA runs it: a
 * semi-annual progress report for every half year (January–June due July 30, July–December due
 * January 30), and one final report due 120 days after the award ends.
 * <p>
 * Partial periods: an award that starts inside a half year reports that partial half year on the
 * usual date. The half year in which the award ends, whole or partial, has no semi-annual report:
 * the final report covers it (its activity counts cover that last half year, its narrative the
 * whole award). So a shortened award loses the semi-annual reports after its new end and its
 * final report moves to 120 days after that end.
 * <p>
 * Funds are at risk from the 15th day after a missed due date: a report due January 30 and not
 * submitted puts the grant at risk on February 14, not on February 13.
 * <p>
 * The rules only; the calendar is stored in table {@code grantee_report} and kept in line with the
 * award dates by {@link ReportCalendarReconciler}.
 */
public final class GranteeReportCalendar {

    static final int FINAL_DUE_DAYS = 120;
    /** A report due within this many days is "due soon" and raises a reminder. */
    public static final int DUE_SOON_DAYS = 14;
    /** Days after a missed due date from which the grant's funds are at risk (that day included). */
    public static final int FUNDS_AT_RISK_DAYS = 15;

    private GranteeReportCalendar() {
    }

    /** One obligation before it is stored. */
    public record Obligation(ReportKind kind, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn) {
    }

    public static List<Obligation> obligations(LocalDate awardStart, LocalDate awardEnd) {
        if (awardEnd.isBefore(awardStart)) {
            throw new IllegalArgumentException("The award ends before it starts.");
        }
        List<Obligation> obligations = new ArrayList<>();
        LocalDate lastHalfStart = halfYearStart(awardEnd);
        for (LocalDate half = halfYearStart(awardStart); half.isBefore(lastHalfStart); half = half.plusMonths(6)) {
            LocalDate periodEnd = half.plusMonths(6).minusDays(1);
            LocalDate dueOn = half.getMonth() == Month.JANUARY ? LocalDate.of(half.getYear(), Month.JULY, 30)
                    : LocalDate.of(half.getYear() + 1, Month.JANUARY, 30);
            obligations.add(new Obligation(ReportKind.PROGRESS_REPORT, later(half, awardStart), periodEnd, dueOn));
        }
        obligations.add(new Obligation(ReportKind.FINAL_REPORT, later(lastHalfStart, awardStart), awardEnd,
                awardEnd.plusDays(FINAL_DUE_DAYS)));
        return obligations;
    }

    /**
     * Whether the award has the report's period: false for a report submitted for a period that
     * changed award dates dropped (it is kept with its content and shown as outside the calendar).
     */
    public static boolean inCalendar(GranteeReport report, LocalDate awardStart, LocalDate awardEnd) {
        return obligations(awardStart, awardEnd).stream()
                .anyMatch(o -> o.kind() == report.kind() && o.periodEnd().equals(report.periodEnd()));
    }

    public static GranteeReportStatus status(LocalDate dueOn, LocalDate submittedOn, LocalDate today) {
        if (submittedOn != null) {
            return submittedOn.isAfter(dueOn) ? GranteeReportStatus.SUBMITTED_LATE : GranteeReportStatus.SUBMITTED;
        }
        if (!today.isBefore(dueOn.plusDays(FUNDS_AT_RISK_DAYS))) {
            return GranteeReportStatus.FUNDS_AT_RISK;
        }
        if (today.isAfter(dueOn)) {
            return GranteeReportStatus.OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(dueOn) ? GranteeReportStatus.UPCOMING : GranteeReportStatus.DUE_SOON;
    }

    /** The latest due date whose unsubmitted report puts funds at risk today. */
    public static LocalDate fundsAtRiskDueOnOrBefore(LocalDate today) {
        return today.minusDays(FUNDS_AT_RISK_DAYS);
    }

    private static LocalDate halfYearStart(LocalDate day) {
        return LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? Month.JANUARY : Month.JULY, 1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
