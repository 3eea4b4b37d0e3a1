package org.pledgetrack.batch.pledgestatus;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.pledgetrack.core.snapshot.ScheduleRule;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes one agency's snapshot for the as-of date: item counts per focus area and in total,
 * percentages and schedule status by the {@link ScheduleRule}, days since the agency last worked
 * on an item, and how many items wait for review and since when. Item statuses are the current
 * ones; activity and submission times after the as-of date are not counted.
 */
class FocusAreaStatusProcessor implements ItemProcessor<CurrentPledge, AgencyStatus> {

    private static final String AREA_COUNTS = """
            SELECT ci.focus_area_id,
                   SUM(pi.status = 'NOT_STARTED'), SUM(pi.status = 'IN_PROGRESS'), SUM(pi.status = 'SUBMITTED'),
                   SUM(pi.status = 'RETURNED'), SUM(pi.status = 'VERIFIED')
            FROM pledge_item pi
            JOIN catalog_item ci ON ci.id = pi.catalog_item_id
            JOIN focus_area fa ON fa.id = ci.focus_area_id
            WHERE pi.pledge_id = ?
            GROUP BY ci.focus_area_id, fa.position
            ORDER BY fa.position""";

    private static final String ACTIVITY = """
            SELECT MAX(CASE WHEN last_agency_activity_at < ? THEN last_agency_activity_at END),
                   SUM(status = 'SUBMITTED'),
                   MIN(CASE WHEN status = 'SUBMITTED' THEN submitted_at END)
            FROM pledge_item WHERE pledge_id = ?""";

    private final JdbcTemplate jdbc;
    private final ScheduleRule rule;
    private final LocalDate asOf;

    FocusAreaStatusProcessor(JdbcTemplate jdbc, ScheduleRule rule, LocalDate asOf) {
        this.jdbc = jdbc;
        this.rule = rule;
        this.asOf = asOf;
    }

    @Override
    public AgencyStatus process(CurrentPledge pledge) {
        BigDecimal expected = ScheduleRule.expectedPercent(pledge.signedOn(), asOf);
        List<AgencyStatus.AreaStatus> areas = jdbc.query(AREA_COUNTS,
                (rs, n) -> new AgencyStatus.AreaStatus(rs.getLong(1), progress(counts(rs), expected)),
                pledge.pledgeId());
        ItemCounts total = areas.stream().map(area -> area.progress().counts()).reduce(ItemCounts.NONE, ItemCounts::plus);
        LocalDateTime endOfAsOf = asOf.plusDays(1).atStartOfDay();
        return jdbc.queryForObject(ACTIVITY, (rs, n) -> new AgencyStatus(pledge, progress(total, expected),
                daysSince(rs.getObject(1, LocalDateTime.class)), rs.getInt(2), daysSince(rs.getObject(3, LocalDateTime.class)), areas),
                endOfAsOf, pledge.pledgeId());
    }

    private AgencyStatus.Progress progress(ItemCounts counts, BigDecimal expected) {
        return new AgencyStatus.Progress(counts, ScheduleRule.percent(counts.submittedOrVerified(), counts.total()),
                ScheduleRule.percent(counts.verified(), counts.total()), expected,
                rule.statusOf(counts.verified(), counts.total(), expected));
    }

    private static ItemCounts counts(ResultSet rs) throws SQLException {
        return new ItemCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
    }

    /** Whole days from the date of {@code at} (stored as UTC) to the as-of date; never negative. */
    private Integer daysSince(LocalDateTime at) {
        if (at == null) {
            return null;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(at.toLocalDate(), asOf));
    }
}
