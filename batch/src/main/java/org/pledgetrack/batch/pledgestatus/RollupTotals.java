package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pledgetrack.core.snapshot.ScheduleRule;
import org.pledgetrack.core.snapshot.ScheduleStatus;

/**
 * Sums of snapshot rows per roll-up key (scope type, scope key, focus area position): agencies,
 * items, submitted, verified and how many rows have each schedule status. Sorted by key, so the
 * rows come out in the table's key order.
 */
final class RollupTotals {

    private record Key(String scopeType, String scopeKey, int position) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byType = scopeType.compareTo(other.scopeType);
            if (byType != 0) {
                return byType;
            }
            int byKey = scopeKey.compareTo(other.scopeKey);
            return byKey != 0 ? byKey : Integer.compare(position, other.position);
        }
    }

    /** agencies, items, submitted, verified, then one count per schedule status (in enum order). */
    private final Map<Key, int[]> sums = new TreeMap<>();

    void add(String scopeType, String scopeKey, int position, int items, int submitted, int verified,
             ScheduleStatus status) {
        int[] sum = sums.computeIfAbsent(new Key(scopeType, scopeKey, position),
                key -> new int[4 + ScheduleStatus.values().length]);
        sum[0]++;
        sum[1] += items;
        sum[2] += submitted;
        sum[3] += verified;
        sum[4 + status.ordinal()]++;
    }

    /** The rollup_snapshot rows, with percentages from the summed counts as the agency rows have them. */
    List<Object[]> rows(LocalDate asOf, LocalDateTime computedAt) {
        List<Object[]> rows = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> rows.add(new Object[] {asOf, key.scopeType(), key.scopeKey(), key.position(),
                sum[0], sum[1], sum[2], sum[3], ScheduleRule.percent(sum[2] + sum[3], sum[1]),
                ScheduleRule.percent(sum[3], sum[1]), sum[4 + ScheduleStatus.ON_TRACK.ordinal()],
                sum[4 + ScheduleStatus.AT_RISK.ordinal()], sum[4 + ScheduleStatus.BEHIND.ordinal()],
                sum[4 + ScheduleStatus.COMPLETE.ordinal()], computedAt}));
        return rows;
    }
}
