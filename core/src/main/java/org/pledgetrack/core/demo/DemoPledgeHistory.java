package org.pledgetrack.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.pledgetrack.core.pledge.ItemStatus;

/**
 * What a demo pledge went through before today: when it was entered, each started item's status
 * changes along the workflow's paths and the own target dates its agency set and moved (by item
 * number), and when the pledge was closed. The work lies within the {@value #MONTHS} months before
 * today (never before the pledge was entered), so the dashboards' trend has that long to show; every
 * {@value #RECENTLY_VERIFIED_EVERY}th verified item's work lies in the last {@value #RECENT_DAYS} days, so
 * the dashboards' 30-day trend moves too.
 * Drawn with a fixed seed per agency: every load tells the same story, told relative to today.
 */
record DemoPledgeHistory(Instant createdAt, Instant closedAt, Map<Integer, ItemHistory> items) {

    static final int MONTHS = 18;

    /** Days from signing until the pledge is entered, as TA staff enter it from the signed form. */
    private static final int DAYS_TO_ENTER = 2;
    /** How far back the work on an item that is still open began, at most. */
    private static final int OPEN_WORK_DAYS = 60;
    /** The window of recent work: the dashboards' trend. */
    private static final int RECENT_DAYS = 30;
    private static final int RECENTLY_VERIFIED_EVERY = 4;

    static DemoPledgeHistory of(DemoPledge pledge, Instant now) {
        Instant createdAt = earlier(pledge.signedOn().plusDays(DAYS_TO_ENTER).atTime(15, 0).toInstant(ZoneOffset.UTC),
                now);
        Instant closedAt = pledge.closedAs() == null ? null : now.minus(Duration.ofDays(pledge.closedDaysAgo()));
        Instant from = later(createdAt, now.atZone(ZoneOffset.UTC).minusMonths(MONTHS).toInstant());
        // a completed pledge's last item was verified before it was closed, a withdrawn one's work stopped
        Instant until = closedAt == null ? now : closedAt;
        Random random = new Random(pledge.ori().hashCode());
        Map<Integer, ItemHistory> items = new TreeMap<>();
        startedItems(pledge).forEach((number, status) -> {
            // what is still open was taken up in the last few months, so today's waiting items are fresh;
            // some verified items were done in the last month, so the recent trend has movement
            Instant itemFrom = status != ItemStatus.VERIFIED ? later(from, until.minus(Duration.ofDays(OPEN_WORK_DAYS)))
                    : number % RECENTLY_VERIFIED_EVERY == 0 ? later(from, until.minus(Duration.ofDays(RECENT_DAYS)))
                    : from;
            ItemHistory history = ItemHistory.leadingTo(status, itemFrom, until, random);
            // every third item has its own target date, every sixth had it moved
            items.put(number, number % 3 == 0 ? history.withTargetDate(number % 6 == 0) : history);
        });
        return new DemoPledgeHistory(createdAt, closedAt, items);
    }

    /** The status of each item that is no longer NOT_STARTED, by item number. */
    private static Map<Integer, ItemStatus> startedItems(DemoPledge pledge) {
        Map<Integer, ItemStatus> statuses = new TreeMap<>();
        int number = 1;
        for (var run : List.of(Map.entry(ItemStatus.VERIFIED, pledge.verified()),
                Map.entry(ItemStatus.SUBMITTED, pledge.submitted()), Map.entry(ItemStatus.IN_PROGRESS, pledge.inProgress()),
                Map.entry(ItemStatus.RETURNED, pledge.returned()))) {
            for (int i = 0; i < run.getValue(); i++) {
                statuses.put(number++, run.getKey());
            }
        }
        return statuses;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
