package org.pledgetrack.core.generator;

import static org.pledgetrack.db.Tables.AGENCY_AREA_SNAPSHOT;
import static org.pledgetrack.db.Tables.AGENCY_SNAPSHOT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency and agency × focus-area snapshot rows of the days before today, as the nightly run
 * (02:00 UTC, as-of that day) would have written them: each item's status is the one its history
 * had at that time, so the trend matches the status changes. Written day by day in as-of order
 * (the tables' key order) with multi-row inserts, one transaction per day. The roll-ups are left
 * to the batch module, which owns their rules.
 */
final class PriorSnapshots {

    private final DSLContext dsl;
    private final TransactionTemplate transaction;
    private final ScheduleRule rule;

    PriorSnapshots(DSLContext dsl, TransactionTemplate transaction, ScheduleRule rule) {
        this.dsl = dsl;
        this.transaction = transaction;
        this.rule = rule;
    }

    /** Writes the {@code days} days before {@code today}; returns the agency and area rows written. */
    int[] write(List<GeneratedPledge> pledges, LocalDate today, int days) {
        int[] rows = new int[2];
        for (LocalDate asOf = today.minusDays(days); asOf.isBefore(today); asOf = asOf.plusDays(1)) {
            LocalDate day = asOf;
            int[] written = transaction.execute(status -> writeDay(pledges, day));
            rows[0] += written[0];
            rows[1] += written[1];
        }
        return rows;
    }

    private int[] writeDay(List<GeneratedPledge> pledges, LocalDate asOf) {
        Instant computedAt = asOf.atStartOfDay().plusHours(SyntheticDataset.NIGHTLY_RUN_HOUR).toInstant(ZoneOffset.UTC);
        RowBatch agencies = new RowBatch(dsl, AGENCY_SNAPSHOT, AGENCY_SNAPSHOT.AS_OF, AGENCY_SNAPSHOT.AGENCY_ID,
                AGENCY_SNAPSHOT.PLEDGE_ID, AGENCY_SNAPSHOT.STATE, AGENCY_SNAPSHOT.PLEDGE_STATUS,
                AGENCY_SNAPSHOT.ITEMS_TOTAL, AGENCY_SNAPSHOT.NOT_STARTED, AGENCY_SNAPSHOT.IN_PROGRESS,
                AGENCY_SNAPSHOT.SUBMITTED, AGENCY_SNAPSHOT.RETURNED, AGENCY_SNAPSHOT.VERIFIED,
                AGENCY_SNAPSHOT.PCT_SUBMITTED, AGENCY_SNAPSHOT.PCT_VERIFIED, AGENCY_SNAPSHOT.EXPECTED_PCT,
                AGENCY_SNAPSHOT.SCHEDULE_STATUS, AGENCY_SNAPSHOT.DAYS_SINCE_ACTIVITY, AGENCY_SNAPSHOT.WAITING_REVIEW,
                AGENCY_SNAPSHOT.OLDEST_WAIT_DAYS, AGENCY_SNAPSHOT.COMPUTED_AT);
        RowBatch areas = new RowBatch(dsl, AGENCY_AREA_SNAPSHOT, AGENCY_AREA_SNAPSHOT.AS_OF,
                AGENCY_AREA_SNAPSHOT.AGENCY_ID, AGENCY_AREA_SNAPSHOT.FOCUS_AREA_ID, AGENCY_AREA_SNAPSHOT.PLEDGE_ID,
                AGENCY_AREA_SNAPSHOT.ITEMS_TOTAL, AGENCY_AREA_SNAPSHOT.NOT_STARTED, AGENCY_AREA_SNAPSHOT.IN_PROGRESS,
                AGENCY_AREA_SNAPSHOT.SUBMITTED, AGENCY_AREA_SNAPSHOT.RETURNED, AGENCY_AREA_SNAPSHOT.VERIFIED,
                AGENCY_AREA_SNAPSHOT.PCT_SUBMITTED, AGENCY_AREA_SNAPSHOT.PCT_VERIFIED,
                AGENCY_AREA_SNAPSHOT.EXPECTED_PCT, AGENCY_AREA_SNAPSHOT.SCHEDULE_STATUS,
                AGENCY_AREA_SNAPSHOT.COMPUTED_AT).referencing(agencies);
        for (GeneratedPledge pledge : pledges) {
            boolean withdrawn = pledge.withdrawnAt() != null && pledge.withdrawnAt().isBefore(computedAt);
            if (pledge.signedOn().isAfter(asOf) || withdrawn) {
                continue;
            }
            BigDecimal expected = rule.expectedPercent(pledge.signedOn(), asOf, pledge.items().length, 0);
            Map<Long, int[]> countsByArea = new TreeMap<>();
            int[] total = new int[ItemStatus.values().length];
            Instant lastActivity = null;
            Instant oldestWaiting = null;
            for (int i = 0; i < pledge.items().length; i++) {
                ItemHistory item = pledge.items()[i];
                ItemStatus status = item.statusBefore(computedAt);
                countsByArea.computeIfAbsent(pledge.focusAreaIds()[i], id -> new int[total.length])[status.ordinal()]++;
                total[status.ordinal()]++;
                lastActivity = later(lastActivity, item.lastAgencyActivityBefore(computedAt));
                if (status == ItemStatus.SUBMITTED) {
                    Instant submitted = item.lastSubmissionBefore(computedAt);
                    oldestWaiting = oldestWaiting == null || submitted.isBefore(oldestWaiting) ? submitted : oldestWaiting;
                }
            }
            agencies.add(concat(new Object[] {asOf, pledge.agencyId(), pledge.pledgeId(), pledge.state(),
                    PledgeStatus.ACTIVE.name()}, progress(total, expected), new Object[] {daysSince(lastActivity, asOf),
                    total[ItemStatus.SUBMITTED.ordinal()], daysSince(oldestWaiting, asOf), computedAt}));
            countsByArea.forEach((areaId, counts) -> areas.add(concat(new Object[] {asOf, pledge.agencyId(), areaId,
                    pledge.pledgeId()}, progress(counts, expected), new Object[] {computedAt})));
        }
        return new int[] {agencies.flush(), areas.flush()};
    }

    /** items_total .. schedule_status, as the pledge status job writes them. */
    private Object[] progress(int[] counts, BigDecimal expected) {
        int notStarted = counts[ItemStatus.NOT_STARTED.ordinal()];
        int inProgress = counts[ItemStatus.IN_PROGRESS.ordinal()];
        int submitted = counts[ItemStatus.SUBMITTED.ordinal()];
        int returned = counts[ItemStatus.RETURNED.ordinal()];
        int verified = counts[ItemStatus.VERIFIED.ordinal()];
        int total = notStarted + inProgress + submitted + returned + verified;
        return new Object[] {total, notStarted, inProgress, submitted, returned, verified,
                ScheduleRule.percent(submitted + verified, total), ScheduleRule.percent(verified, total), expected,
                rule.statusOf(verified, total, expected).name()};
    }

    private static Integer daysSince(Instant at, LocalDate asOf) {
        return at == null ? null
                : (int) Math.max(0, ChronoUnit.DAYS.between(at.atZone(ZoneOffset.UTC).toLocalDate(), asOf));
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static Object[] concat(Object[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
    }
}
