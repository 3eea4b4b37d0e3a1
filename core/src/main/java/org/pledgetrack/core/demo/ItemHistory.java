package org.pledgetrack.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.pledgetrack.core.pledge.ItemStatus;

/**
 * One generated item's workflow: the status changes that lead to its current status, in time
 * order, along the paths the workflow allows (started → submitted → returned and submitted again
 * → verified, sometimes reopened by TA staff), the own target dates the agency set, and what they
 * imply for the item's fields. About one submitted item in two is returned at least once, so an
 * item has about three status changes on average. The synthetic dataset and the demo data draw
 * their items' histories from here.
 */
public final class ItemHistory {

    /** An item's first own target date: this many days after the agency starts it. */
    private static final int FIRST_TARGET_DAYS = 120;
    /** How far a moved target date moves. */
    private static final int TARGET_MOVED_DAYS = 90;

    /** One change; {@code byAgency} is false for TA staff's verify, return and reopen. */
    public record Change(ItemStatus from, ItemStatus to, Instant at, boolean byAgency) {
    }

    /** The agency set the item's own target date to {@code targetOn} at {@code at}. */
    public record TargetChange(LocalDate targetOn, Instant at) {
    }

    private final List<Change> changes;
    private final List<TargetChange> targetChanges;

    private ItemHistory(List<Change> changes, List<TargetChange> targetChanges) {
        this.changes = changes;
        this.targetChanges = targetChanges;
    }

    /** A history ending in {@code status}, with changes between {@code from} and {@code until}. */
    public static ItemHistory leadingTo(ItemStatus status, Instant from, Instant until, Random random) {
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
        return new ItemHistory(changes, List.of());
    }

    /**
     * This history with an own target date, set when the agency started the item; when
     * {@code moved}, moved later halfway through the item's work. An item never started keeps none.
     */
    public ItemHistory withTargetDate(boolean moved) {
        if (changes.isEmpty()) {
            return this;
        }
        Instant started = changes.getFirst().at();
        LocalDate first = started.atZone(ZoneOffset.UTC).toLocalDate().plusDays(FIRST_TARGET_DAYS);
        TargetChange set = new TargetChange(first, started);
        if (!moved || changes.size() < 2) {
            return new ItemHistory(changes, List.of(set));
        }
        Instant halfway = started.plus(Duration.between(started, lastChange()).dividedBy(2));
        return new ItemHistory(changes, List.of(set, new TargetChange(first.plusDays(TARGET_MOVED_DAYS), halfway)));
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

    public List<Change> changes() {
        return changes;
    }

    public List<TargetChange> targetChanges() {
        return targetChanges;
    }

    /** The status the changes lead to. */
    public ItemStatus status() {
        return changes.isEmpty() ? ItemStatus.NOT_STARTED : changes.getLast().to();
    }

    /** The own target date the last target change set; null when there is none. */
    public LocalDate targetOn() {
        return targetChanges.isEmpty() ? null : targetChanges.getLast().targetOn();
    }

    /** When the agency last worked on the item (a status change or a target date); null if never. */
    public Instant lastAgencyActivity() {
        Instant last = lastOf(Change::byAgency);
        for (TargetChange change : targetChanges) {
            last = last == null || change.at().isAfter(last) ? change.at() : last;
        }
        return last;
    }

    /** When the item was last submitted; null if it never was. */
    public Instant lastSubmission() {
        return lastOf(change -> change.to() == ItemStatus.SUBMITTED);
    }

    /** When it was verified, if it is; null otherwise. */
    public Instant verifiedAt() {
        return status() == ItemStatus.VERIFIED ? lastChange() : null;
    }

    private Instant lastOf(Predicate<Change> which) {
        Instant last = null;
        for (Change change : changes) {
            if (which.test(change)) {
                last = change.at();
            }
        }
        return last;
    }

    public Instant lastChange() {
        return changes.isEmpty() ? null : changes.getLast().at();
    }
}
