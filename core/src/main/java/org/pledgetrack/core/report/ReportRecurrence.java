package org.pledgetrack.core.report;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a recurring report runs, as people choose it: weekly on a weekday, or monthly, quarterly or
 * semi-annually on a day of the month, at a time of day (UTC). The definition keeps a cron expression
 * ({@link ReportCron}, column {@code report_definition.cron}); this class is the only translation
 * between the two, both ways, so that a recurrence saved from the picker reads back as the same words.
 * Days of the month stop at 28 so that every month has the day.
 *
 * @param dayOfWeek  the weekday of a weekly recurrence; null otherwise
 * @param dayOfMonth 1-28 for the other frequencies; 0 for weekly
 */
public record ReportRecurrence(Frequency frequency, DayOfWeek dayOfWeek, int dayOfMonth, LocalTime time) {

    public static final int LAST_DAY_OF_MONTH = 28;

    /** Months in which quarterly and semi-annual reports run: the first month of each period. */
    public enum Frequency {
        WEEKLY("Weekly", "*"),
        MONTHLY("Monthly", "*"),
        QUARTERLY("Quarterly", "1,4,7,10"),
        SEMI_ANNUALLY("Semi-annually", "1,7");

        private final String label;
        private final String months;

        Frequency(String label, String months) {
            this.label = label;
            this.months = months;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern CRON = Pattern.compile(
            "0 (\\d{1,2}) (\\d{1,2}) (\\*|\\d{1,2}) (\\*|1,4,7,10|1,7) (\\*|MON|TUE|WED|THU|FRI|SAT|SUN)");

    public ReportRecurrence {
        if (frequency == null || time == null) {
            throw new IllegalArgumentException("Choose how often and at what time the report runs.");
        }
        if (frequency == Frequency.WEEKLY) {
            if (dayOfWeek == null) {
                throw new IllegalArgumentException("Choose the weekday a weekly report runs on.");
            }
            dayOfMonth = 0;
        } else {
            if (dayOfMonth < 1 || dayOfMonth > LAST_DAY_OF_MONTH) {
                throw new IllegalArgumentException("Choose a day of the month from 1 to " + LAST_DAY_OF_MONTH
                        + ", so that every month has it.");
            }
            dayOfWeek = null;
        }
        time = time.withSecond(0).withNano(0);
    }

    /** Monthly on the 1st at 06:00 UTC: what most overseers want ({@link ReportCron#MONTHLY}). */
    public static ReportRecurrence monthlyDefault() {
        return new ReportRecurrence(Frequency.MONTHLY, null, 1, LocalTime.of(6, 0));
    }

    /** The six-field cron expression the scheduler keeps. */
    public String toCron() {
        String minuteHour = time.getMinute() + " " + time.getHour() + " ";
        return frequency == Frequency.WEEKLY
                ? "0 " + minuteHour + "* * " + dayOfWeek.getDisplayName(TextStyle.SHORT, Locale.US).toUpperCase(Locale.ROOT)
                : "0 " + minuteHour + dayOfMonth + " " + frequency.months + " *";
    }

    /** The schedule a stored cron expression stands for, if it is one the picker can make; empty otherwise. */
    public static Optional<ReportRecurrence> fromCron(String cron) {
        Matcher m = CRON.matcher(cron == null ? "" : cron.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int minute = Integer.parseInt(m.group(1));
        int hour = Integer.parseInt(m.group(2));
        if (minute > 59 || hour > 23) {
            return Optional.empty();
        }
        LocalTime time = LocalTime.of(hour, minute);
        String day = m.group(3);
        String months = m.group(4);
        String weekday = m.group(5);
        try {
            if (!weekday.equals("*")) {
                return day.equals("*") && months.equals("*")
                        ? Optional.of(new ReportRecurrence(Frequency.WEEKLY, weekdayOf(weekday), 0, time))
                        : Optional.empty();
            }
            if (day.equals("*")) {
                return Optional.empty();
            }
            Frequency frequency = switch (months) {
                case "1,4,7,10" -> Frequency.QUARTERLY;
                case "1,7" -> Frequency.SEMI_ANNUALLY;
                default -> Frequency.MONTHLY;
            };
            return Optional.of(new ReportRecurrence(frequency, null, Integer.parseInt(day), time));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    /** A stored schedule in words: the picker's words, or the cron expression itself for one made otherwise. */
    public static String describe(String cron) {
        return fromCron(cron).map(ReportRecurrence::inWords).orElse("Custom schedule: " + cron + " (UTC)");
    }

    /** E.g. "Quarterly on day 15 at 06:00 UTC (January, April, July, October)". */
    public String inWords() {
        String at = " at " + time + " UTC";
        return switch (frequency) {
            case WEEKLY -> "Weekly on " + dayOfWeek.getDisplayName(TextStyle.FULL, Locale.US) + "s" + at;
            case MONTHLY -> "Monthly on day " + dayOfMonth + at;
            case QUARTERLY -> "Quarterly on day " + dayOfMonth + at + " (January, April, July, October)";
            case SEMI_ANNUALLY -> "Semi-annually on day " + dayOfMonth + at + " (January and July)";
        };
    }

    private static DayOfWeek weekdayOf(String shortName) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getDisplayName(TextStyle.SHORT, Locale.US).equalsIgnoreCase(shortName)) {
                return day;
            }
        }
        throw new IllegalArgumentException(shortName);
    }
}
