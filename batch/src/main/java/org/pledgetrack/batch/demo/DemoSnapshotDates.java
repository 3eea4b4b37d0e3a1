package org.pledgetrack.batch.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/**
 * The as-of dates the demo's snapshots are computed for: the last day of each of the
 * {@code quarters} calendar quarters before this one (the long trend, on the dates grantees report
 * for), each of the {@code days} days before today (the dashboards' daily trend), and today;
 * earliest first. Negative {@code days}: no dates at all.
 */
final class DemoSnapshotDates {

    private DemoSnapshotDates() {
    }

    static List<LocalDate> of(LocalDate today, int quarters, int days) {
        if (days < 0) {
            return List.of();
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        YearMonth thisQuarter = YearMonth.of(today.getYear(), today.getMonth().firstMonthOfQuarter());
        for (int q = 1; q <= quarters; q++) {
            dates.add(thisQuarter.minusMonths(3L * (q - 1) + 1).atEndOfMonth());
        }
        for (int d = days; d >= 0; d--) {
            dates.add(today.minusDays(d));
        }
        return List.copyOf(dates);
    }
}
