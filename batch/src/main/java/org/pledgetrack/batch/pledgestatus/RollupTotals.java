package org.pledgetrack.batch.pledgestatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.db.tables.records.RollupSnapshotRecord;

/**
 * Sums of snapshot rows per roll-up key (scope type, scope key, focus area position): agencies,
 * items, submitted, verified and how many rows have each schedule status. The rows come out
 * sorted by key, in the table's key order.
 */
final class RollupTotals {

    /** agencies, items, submitted, verified, then one count per schedule status (in enum order). */
    private static final int SUMS = 4 + ScheduleStatus.values().length;

    record Key(String scopeType, String scopeKey, int position) implements Comparable<Key> {
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

    private final Map<Key, int[]> sums = new HashMap<>();

    /** Counts one snapshot row in each of its scopes (see {@link RollupKeys#scopes}) at its position. */
    void add(List<String[]> scopes, int position, int items, int submitted, int verified, ScheduleStatus status) {
        for (String[] scope : scopes) {
            int[] sum = sums.computeIfAbsent(new Key(scope[0], scope[1], position), k -> new int[SUMS]);
            sum[0]++;
            sum[1] += items;
            sum[2] += submitted;
            sum[3] += verified;
            sum[4 + status.ordinal()]++;
        }
    }

    /**
     * The rollup_snapshot rows of the keys some row counts in, with percentages from the summed
     * counts as the agency rows have them.
     */
    List<RollupSnapshotRecord> rows(LocalDate asOf, Instant computedAt) {
        List<RollupSnapshotRecord> rows = new ArrayList<>(sums.size());
        new TreeMap<>(sums).forEach((key, sum) -> rows.add(new RollupSnapshotRecord()
                .setAsOf(asOf).setScopeType(key.scopeType()).setScopeKey(key.scopeKey())
                .setFocusAreaPosition(key.position())
                .setAgencies(sum[0]).setItemsTotal(sum[1]).setSubmitted(sum[2]).setVerified(sum[3])
                .setPctSubmitted(ScheduleRule.percent(sum[2] + sum[3], sum[1]))
                .setPctVerified(ScheduleRule.percent(sum[3], sum[1]))
                .setOnTrack(sum[4 + ScheduleStatus.ON_TRACK.ordinal()])
                .setAtRisk(sum[4 + ScheduleStatus.AT_RISK.ordinal()])
                .setBehind(sum[4 + ScheduleStatus.BEHIND.ordinal()])
                .setComplete(sum[4 + ScheduleStatus.COMPLETE.ordinal()])
                .setPastDeadline(sum[4 + ScheduleStatus.PAST_DEADLINE.ordinal()])
                .setComputedAt(computedAt)));
        return rows;
    }
}
