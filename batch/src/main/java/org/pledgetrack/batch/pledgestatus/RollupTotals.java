package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.pledge.ScheduleStatus;

/**
 * Sums of snapshot rows per roll-up key (scope type, scope key, focus area position): agencies,
 * items, submitted, verified and how many rows have each schedule status. The rows come out
 * sorted by key, in the table's key order; the sums are kept by hash (a sorted map's comparisons
 * of scope names took a tenth of the incremental run's step in a profile). A roll-up by difference also
 * subtracts rows and starts from the stored sums.
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
        count(scopes, position, items, submitted, verified, status, 1);
    }

    /** Takes back what {@link #add} counted for a row that is removed or replaced. */
    void subtract(List<String[]> scopes, int position, int items, int submitted, int verified,
                  ScheduleStatus status) {
        count(scopes, position, items, submitted, verified, status, -1);
    }

    /**
     * Adds a stored roll-up row's columns to its key's sums, if this change holds the key: the
     * stored rows are read by scope, and the scope's other keys stay as they are.
     */
    void addStored(Key key, int agencies, int items, int submitted, int verified, int onTrack, int atRisk, int behind,
                   int complete) {
        int[] sum = sums.get(key);
        if (sum == null) {
            return;
        }
        sum[0] += agencies;
        sum[1] += items;
        sum[2] += submitted;
        sum[3] += verified;
        sum[4 + ScheduleStatus.ON_TRACK.ordinal()] += onTrack;
        sum[4 + ScheduleStatus.AT_RISK.ordinal()] += atRisk;
        sum[4 + ScheduleStatus.BEHIND.ordinal()] += behind;
        sum[4 + ScheduleStatus.COMPLETE.ordinal()] += complete;
    }

    /**
     * Forgets the keys whose sums are all zero, before the stored sums are added: rows that left a
     * roll-up and joined it again with the same figures leave it as it is.
     */
    void dropUnchanged() {
        sums.values().removeIf(sum -> Arrays.stream(sum).allMatch(value -> value == 0));
    }

    List<Key> keys() {
        return List.copyOf(sums.keySet());
    }

    /** Keys no row counts in any more: their roll-up rows must go. */
    List<Key> emptyKeys() {
        return sums.entrySet().stream().filter(e -> e.getValue()[0] == 0).map(Map.Entry::getKey).toList();
    }

    /**
     * The rollup_snapshot rows of the keys some row counts in, with percentages from the summed
     * counts as the agency rows have them.
     */
    List<Object[]> rows(LocalDate asOf, LocalDateTime computedAt) {
        List<Object[]> rows = new ArrayList<>(sums.size());
        new TreeMap<>(sums).forEach((key, sum) -> {
            if (sum[0] < 0) {
                throw new IllegalStateException("Roll-up " + key + " of " + asOf + " would count " + sum[0]
                        + " agencies: its rows are out of step with the agency rows; a full run recomputes them");
            }
            if (sum[0] > 0) {
                rows.add(new Object[] {asOf, key.scopeType(), key.scopeKey(), key.position(), sum[0], sum[1], sum[2],
                        sum[3], ScheduleRule.percent(sum[2] + sum[3], sum[1]), ScheduleRule.percent(sum[3], sum[1]),
                        sum[4 + ScheduleStatus.ON_TRACK.ordinal()], sum[4 + ScheduleStatus.AT_RISK.ordinal()],
                        sum[4 + ScheduleStatus.BEHIND.ordinal()], sum[4 + ScheduleStatus.COMPLETE.ordinal()],
                        computedAt});
            }
        });
        return rows;
    }

    private void count(List<String[]> scopes, int position, int items, int submitted, int verified,
                       ScheduleStatus status, int sign) {
        for (String[] scope : scopes) {
            int[] sum = sumOf(new Key(scope[0], scope[1], position));
            sum[0] += sign;
            sum[1] += sign * items;
            sum[2] += sign * submitted;
            sum[3] += sign * verified;
            sum[4 + status.ordinal()] += sign;
        }
    }

    private int[] sumOf(Key key) {
        return sums.computeIfAbsent(key, k -> new int[SUMS]);
    }
}
