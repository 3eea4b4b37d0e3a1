package org.pledgetrack.core.grant;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The grantee's reporting calendar, derived from the grant period alone: performance measures for
 * every calendar quarter (due 30 days after the quarter ends), progress reports for every half
 * year ending June 30 or December 31 inside the period (due 30 days later), and one final report
 * due 120 days after the grant ends. Partial first and last periods are clipped to the grant.
 */
public final class GranteeReportSchedule {

    static final int QUARTERLY_DUE_DAYS = 30;
    static final int PROGRESS_DUE_DAYS = 30;
    static final int FINAL_DUE_DAYS = 120;
    /** A report due within this many days is "due soon" and raises a reminder. */
    public static final int DUE_SOON_DAYS = 14;

    private GranteeReportSchedule() {
    }

    /** One obligation before it is stored. */
    public record Obligation(ReportKind kind, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn) {
    }

    public static List<Obligation> obligations(LocalDate grantStart, LocalDate grantEnd) {
        if (grantEnd.isBefore(grantStart)) {
            throw new IllegalArgumentException("The grant ends before it starts.");
        }
        List<Obligation> obligations = new ArrayList<>();
        obligations.addAll(periods(ReportKind.PERFORMANCE_MEASURES, grantStart, grantEnd, 3, QUARTERLY_DUE_DAYS));
        obligations.addAll(periods(ReportKind.PROGRESS_REPORT, grantStart, grantEnd, 6, PROGRESS_DUE_DAYS));
        obligations.add(new Obligation(ReportKind.FINAL_REPORT, grantStart, grantEnd, grantEnd.plusDays(FINAL_DUE_DAYS)));
        return obligations;
    }

    public static GranteeReportStatus status(LocalDate dueOn, LocalDate submittedOn, LocalDate today) {
        if (submittedOn != null) {
            return submittedOn.isAfter(dueOn) ? GranteeReportStatus.SUBMITTED_LATE : GranteeReportStatus.SUBMITTED;
        }
        if (today.isAfter(dueOn)) {
            return GranteeReportStatus.OVERDUE;
        }
        return today.plusDays(DUE_SOON_DAYS).isBefore(dueOn) ? GranteeReportStatus.UPCOMING : GranteeReportStatus.DUE_SOON;
    }

    /**
     * Calendar periods of the given length (3 or 6 months, aligned to January 1) that overlap the
     * grant; quarterly periods include a partial last quarter, semi-annual ones only periods that
     * end inside the grant (the final report covers the rest).
     */
    private static List<Obligation> periods(ReportKind kind, LocalDate grantStart, LocalDate grantEnd, int months,
                                            int dueDays) {
        List<Obligation> result = new ArrayList<>();
        LocalDate periodStart = LocalDate.of(grantStart.getYear(), Month.JANUARY, 1);
        while (!periodStart.isAfter(grantEnd)) {
            LocalDate periodEnd = periodStart.plusMonths(months).minusDays(1);
            boolean overlaps = !periodEnd.isBefore(grantStart);
            boolean endsInside = !periodEnd.isAfter(grantEnd);
            if (overlaps && (endsInside || kind == ReportKind.PERFORMANCE_MEASURES)) {
                LocalDate clippedEnd = endsInside ? periodEnd : grantEnd;
                LocalDate clippedStart = periodStart.isBefore(grantStart) ? grantStart : periodStart;
                result.add(new Obligation(kind, clippedStart, clippedEnd, clippedEnd.plusDays(dueDays)));
            }
            periodStart = periodStart.plusMonths(months);
        }
        return result;
    }
}
