package org.pledgetrack.core.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

/** A schedule of a recurring report: a Spring cron expression (six fields) read in UTC. */
public final class ReportCron {

    /** Monthly on the 1st at 06:00 UTC: what most overseers want. */
    public static final String MONTHLY = "0 0 6 1 * *";

    private final CronExpression expression;

    private ReportCron(CronExpression expression) {
        this.expression = expression;
    }

    /** @throws IllegalArgumentException with a message that says how to write one */
    public static ReportCron parse(String cron) {
        try {
            return new ReportCron(CronExpression.parse(cron == null ? "" : cron.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + cron + "\" is not a schedule. Write six fields: second minute "
                    + "hour day-of-month month day-of-week, e.g. \"" + MONTHLY + "\" for monthly on the 1st at 06:00 UTC.");
        }
    }

    public Instant nextAfter(Instant after) {
        ZonedDateTime next = expression.next(after.atZone(ZoneOffset.UTC));
        return next == null ? Instant.MAX : next.toInstant();
    }
}
