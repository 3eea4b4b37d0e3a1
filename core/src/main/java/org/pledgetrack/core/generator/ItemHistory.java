package org.pledgetrack.core.generator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.pledgetrack.core.pledge.ItemStatus;

/**
 * One generated item's workflow: the status changes that lead to its current status, in time
 * order, along the paths the workflow allows (started → submitted → returned and submitted again
 * → verified, sometimes reopened by TA staff), and what they imply for the item's fields and for its status on
 * any earlier day. About one submitted item in two is returned at least once, so an item has
 * about three changes on average.
 */
final class ItemHistory {

    /** One change; {@code byAgency} is false for TA staff's verify, return and reopen. */
    record Change(ItemStatus from, ItemStatus to, Instant at, boolean byAgency) {
    }

    private final List<Change> changes;

    private ItemHistory(List<Change> changes) {
        this.changes = changes;
    }

    /** A history ending in {@code status}, with changes between {@code from} and {@code until}. */
    static ItemHistory leadingTo(ItemStatus status, Instant from, Instant until, Random random) {
        List<ItemStatus> path = path(status, random);
        long span = Math.max(1, until.getEpochSecond() - from.getEpochSecond());
        // the item's work ends somewhere in the pledge's life so far; its changes lie before that
        long end = (long) (span * (0.3 + 0.7 * random.nextDouble()));
        long[] offsets = new long[path.size()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = (long) (random.nextDouble() * end);
        }
        Arrays.sort(offsets);
        List<Change> changes = new ArrayList<>(path.size());
        ItemStatus previous = ItemStatus.NOT_STARTED;
        for (int i = 0; i < path.size(); i++) {
            ItemStatus next = path.get(i);
            boolean byTaStaff = next == ItemStatus.VERIFIED || next == ItemStatus.RETURNED;
            changes.add(new Change(previous, next, from.plusSeconds(offsets[i]), !byTaStaff));
            previous = next;
        }
        return new ItemHistory(changes);
    }

    private static List<ItemStatus> path(ItemStatus status, Random random) {
        List<ItemStatus> path = new ArrayList<>();
        if (status == ItemStatus.NOT_STARTED) {
            return path;
        }
        path.add(ItemStatus.IN_PROGRESS);
        if (status == ItemStatus.IN_PROGRESS) {
            if (random.nextInt(10) < 3) {
                path.addAll(List.of(ItemStatus.SUBMITTED, ItemStatus.RETURNED, ItemStatus.IN_PROGRESS));
            }
            return path;
        }
        path.add(ItemStatus.SUBMITTED);
        for (int returns = 0; returns < 4 && random.nextInt(10) < (returns == 0 ? 6 : 4); returns++) {
            path.addAll(List.of(ItemStatus.RETURNED, ItemStatus.SUBMITTED));
        }
        if (status == ItemStatus.RETURNED) {
            path.add(ItemStatus.RETURNED);
        } else if (status == ItemStatus.VERIFIED) {
            path.add(ItemStatus.VERIFIED);
            if (random.nextInt(10) == 0) {
                // reopened by TA staff (sent back as returned), submitted again, verified again
                path.addAll(List.of(ItemStatus.RETURNED, ItemStatus.SUBMITTED, ItemStatus.VERIFIED));
            }
        }
        return path;
    }

    List<Change> changes() {
        return changes;
    }

    /** The status after the changes made before {@code end}. */
    ItemStatus statusBefore(Instant end) {
        ItemStatus status = ItemStatus.NOT_STARTED;
        for (Change change : changes) {
            if (!change.at().isBefore(end)) {
                break;
            }
            status = change.to();
        }
        return status;
    }

    /** When the agency last moved the item before {@code end}; null if it never did. */
    Instant lastAgencyActivityBefore(Instant end) {
        return lastBefore(end, Change::byAgency);
    }

    /** When the item was last submitted before {@code end}; null if it never was. */
    Instant lastSubmissionBefore(Instant end) {
        return lastBefore(end, change -> change.to() == ItemStatus.SUBMITTED);
    }

    private Instant lastBefore(Instant end, Predicate<Change> which) {
        Instant last = null;
        for (Change change : changes) {
            if (!change.at().isBefore(end)) {
                break;
            }
            if (which.test(change)) {
                last = change.at();
            }
        }
        return last;
    }

    Instant lastChange() {
        return changes.isEmpty() ? null : changes.getLast().at();
    }
}
