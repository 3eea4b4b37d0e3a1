package org.pledgetrack.batch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's snapshots as the first start computes them: the real jobs, run for every trend date,
 * with the application's chunk size (its log line says how long the start-up spends on them). A
 * context of its own, since the other batch tests switch the demo snapshots off.
 */
@SpringBootTest(properties = {"pledgetrack.demo-data.snapshot-quarters=6", "pledgetrack.demo-data.snapshot-days=14",
        "pledgetrack.jobs.chunk-size=50"})
class DemoSnapshotsFunctionalTests {

    private static final String LATE_REPORTS = "SELECT count(*) FROM grantee_report "
            + "WHERE due_on < ? AND (submitted_on IS NULL OR submitted_on > due_on)";

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void everyTrendDateHasPledgeAndDeliverableSnapshots() {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> dates = DemoSnapshotDates.of(today, 6, 14);
        assertThat(dates).hasSize(6 + 15).startsWith(LocalDate.of(2026, 9, 30)).endsWith(today);

        assertThat(jdbc.queryForList("SELECT as_of FROM rollup_snapshot WHERE scope_type = 'NATIONAL' "
                + "AND focus_area_position = 0 ORDER BY as_of", LocalDate.class)).containsExactlyElementsOf(dates);
        assertThat(jdbc.queryForList("SELECT DISTINCT as_of FROM agency_snapshot ORDER BY as_of", LocalDate.class))
                .containsExactlyElementsOf(dates);
        assertThat(jdbc.queryForList("SELECT DISTINCT as_of FROM deliverable_snapshot ORDER BY as_of", LocalDate.class))
                .containsExactlyElementsOf(dates);
    }

    @Test
    void deliverableSnapshotsCountTheGranteeReportsLateOnEachDate() {
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = DemoSnapshotDates.of(today, 6, 14).getFirst();
        int lateToday = lateReportsOfTheGrants(today);
        int lateEarliest = lateReportsOfTheGrants(earliest);

        assertThat(lateToday).isEqualTo(count(LATE_REPORTS, today)).isPositive();
        assertThat(lateEarliest).isEqualTo(count(LATE_REPORTS, earliest)).isLessThan(lateToday);
        // most reports were filed, so late ones are a part of those due
        assertThat(lateToday).isLessThan(count("SELECT count(*) FROM grantee_report WHERE due_on < ?", today));
    }

    /**
     * The national share of verified items rose over the demo's history.
     * NEEDS THE POINT-IN-TIME PLEDGE STATUS JOB: it holds once the job computes a past date from
     * the history as it stood then; a job that counts today's statuses for every date shows the
     * same share on both dates, and this fails.
     */
    @Test
    void nationalVerifiedShareRoseOverTheTrendOnceComputedFromHistory() {
        List<BigDecimal> verified = jdbc.queryForList("SELECT pct_verified FROM rollup_snapshot "
                + "WHERE scope_type = 'NATIONAL' AND focus_area_position = 0 ORDER BY as_of", BigDecimal.class);
        assertThat(verified.getFirst()).isLessThan(verified.getLast());
    }

    /** The dashboards' 30-day trend moves: the demo verified items within the last weeks, not only long ago. */
    @Test
    void nationalVerifiedShareMovedWithinTheLastTwoWeeks() {
        LocalDate today = LocalDate.now(clock);
        String share = "SELECT pct_verified FROM rollup_snapshot WHERE scope_type = 'NATIONAL' "
                + "AND focus_area_position = 0 AND as_of = ?";
        BigDecimal twoWeeksAgo = jdbc.queryForObject(share, BigDecimal.class, today.minusDays(14));
        BigDecimal now = jdbc.queryForObject(share, BigDecimal.class, today);

        assertThat(now.subtract(twoWeeksAgo)).as("points gained in 14 days").isGreaterThanOrEqualTo(new BigDecimal("2"));
    }

    /** Summed over the demo's grants: one row per grant and date. */
    private int lateReportsOfTheGrants(LocalDate asOf) {
        return count("SELECT SUM(grantee_reports_late) FROM deliverable_snapshot WHERE as_of = ? AND scope_type = 'GRANT'",
                asOf);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
