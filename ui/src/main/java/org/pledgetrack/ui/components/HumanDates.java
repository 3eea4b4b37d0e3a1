package org.pledgetrack.ui.components;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.pledge.DayCount;

/** Dates as people read them: "3 days ago", with the exact date and time on hover. */
public final class HumanDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm 'UTC'",
            Locale.US).withZone(ZoneId.of("UTC"));

    private HumanDates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String relative(Instant when, Clock clock) {
        if (when == null) {
            return "never";
        }
        Duration ago = Duration.between(when, clock.instant());
        long days = ago.toDays();
        if (ago.isNegative() || ago.toMinutes() < 1) {
            return "just now";
        } else if (ago.toHours() < 1) {
            return plural(ago.toMinutes(), "minute") + " ago";
        } else if (days < 1) {
            return plural(ago.toHours(), "hour") + " ago";
        } else if (days < 45) {
            return plural(days, "day") + " ago";
        } else if (days < 365 * 2) {
            return plural(days / 30, "month") + " ago";
        }
        return plural(days / 365, "year") + " ago";
    }

    /**
     * Whole calendar days ago, counted as the snapshot counts them ({@link DayCount}), for figures
     * that sit beside snapshot numbers: "today", "1 day ago", "6 days ago".
     */
    public static String daysAgo(Instant when, Clock clock) {
        if (when == null) {
            return "never";
        }
        int days = DayCount.untilToday(when, clock);
        return days == 0 ? "today" : plural(days, "day") + " ago";
    }

    /** A span showing the relative time, with the exact UTC time as its tooltip. */
    public static Span relativeSpan(Instant when, Clock clock) {
        Span span = new Span(relative(when, clock));
        if (when != null) {
            span.setTitle(DATE_TIME.format(when));
        }
        return span;
    }

    /** The exact UTC date and time, for tooltips and history lines. */
    public static String exact(Instant when) {
        return when == null ? "" : DATE_TIME.format(when);
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
