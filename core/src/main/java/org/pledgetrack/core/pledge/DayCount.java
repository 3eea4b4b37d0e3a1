package org.pledgetrack.core.pledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one way days are counted between an event and a day, so that a live screen and the snapshot
 * say the same for the same item ("waiting 1 day", "last activity 6 days ago"): whole calendar days
 * in UTC from the day of the event to the as-of day, never negative. Something submitted yesterday
 * at 23:59 UTC has waited one day today, not zero hours' worth of days.
 */
public final class DayCount {

    private DayCount() {
    }

    /** Calendar days (UTC) from the day of {@code event} to {@code asOf}; 0 for the same day or later. */
    public static int between(Instant event, LocalDate asOf) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(event, ZoneOffset.UTC), asOf));
    }

    /** Calendar days (UTC) from the day of {@code event} to today, for live screens. */
    public static int untilToday(Instant event, Clock clock) {
        return between(event, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * The instant before which an event must lie to have waited at least {@code days} by today:
     * the start (UTC) of the day after the day {@code days} ago.
     */
    public static Instant waitedAtLeastIfBefore(int days, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return today.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
