package org.pledgetrack.batch.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

/**
 * The as-of dates the demo's snapshots are computed for: the last day of each of the
 * {@code months} months before this one (a monthly trend as far back as the demo's history goes),
 * each of the {@code days} days before today (the daily trend), and today; earliest first.
 * Negative {@code days}: no dates at all.
 */
final class DemoSnapshotDates {

    private DemoSnapshotDates() {
    }

    static List<LocalDate> of(LocalDate today, int months, int days) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (days < 0) {
            return List.of();
        }
        YearMonth thisMonth = YearMonth.from(today);
        for (int m = 1; m <= months; m++) {
            dates.add(thisMonth.minusMonths(m).atEndOfMonth());
        }
        for (int d = days; d >= 0; d--) {
            dates.add(today.minusDays(d));
        }
        return List.copyOf(dates);
    }
}
