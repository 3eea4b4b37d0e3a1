package org.pledgetrack.core.time;

import java.time.Duration;
import java.time.Instant;

/**
 * A duration as people say it, in the unit that fits: "12 seconds", "5 minutes", "3 hours 20
 * minutes", "2 days 4 hours". The largest whole unit leads; the next smaller one follows when it
 * is not zero, so nothing is rounded up and a short span never reads as a long one.
 */
public final class DurationWords {

    private DurationWords() {
    }

    /** The duration in words; "0 seconds" for none (negative durations count as none), "less than a second" below one. */
    public static String of(Duration duration) {
        Duration d = duration.isNegative() ? Duration.ZERO : duration;
        long days = d.toDays();
        if (days > 0) {
            return withPart(days, "day", d.toHoursPart(), "hour");
        }
        if (d.toHours() > 0) {
            return withPart(d.toHours(), "hour", d.toMinutesPart(), "minute");
        }
        if (d.toMinutes() > 0) {
            return withPart(d.toMinutes(), "minute", d.toSecondsPart(), "second");
        }
        return d.toSeconds() > 0 || d.isZero() ? plural(d.toSeconds(), "second") : "less than a second";
    }

    /** The time from one instant to the other in words. */
    public static String of(Instant from, Instant to) {
        return of(Duration.between(from, to));
    }

    private static String withPart(long whole, String unit, long part, String partUnit) {
        return part == 0 ? plural(whole, unit) : plural(whole, unit) + " " + plural(part, partUnit);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
