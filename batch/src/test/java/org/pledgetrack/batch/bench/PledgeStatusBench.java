package org.pledgetrack.batch.bench;

import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.generator.SyntheticDataset;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: figures 1 and 2 of {@code bench/run.sh}, against the generated dataset.
 * <ol>
 *   <li>The full pledge status job for today against a plain {@code INSERT … SELECT … GROUP BY}
 *       that computes the same agency × focus-area numbers into a scratch table (same database,
 *       same run, after one warm-up of the baseline so both read warm pages; both start with no
 *       rows for the date, untimed). Target ≤ 1.5×.</li>
 *   <li>1% of the agencies change through the core service (the national TA account verifies a
 *       submitted item, or reopens a verified one), then the incremental run ({@code changedOnly})
 *       for the same date against the full run's time. Target ≤ 0.05.</li>
 * </ol>
 * Arguments are Spring properties ({@code --spring.datasource.url=...}).
 */
public final class PledgeStatusBench {

    private static final String BASELINE = """
            INSERT INTO bench_area_counts
            SELECT o.id, ci.focus_area_id, p.id, COUNT(*), SUM(pi.status = 'NOT_STARTED'),
                   SUM(pi.status = 'IN_PROGRESS'), SUM(pi.status = 'SUBMITTED'), SUM(pi.status = 'RETURNED'),
                   SUM(pi.status = 'VERIFIED'),
                   MAX(CASE WHEN pi.last_agency_activity_at < ? THEN pi.last_agency_activity_at END),
                   MIN(CASE WHEN pi.status = 'SUBMITTED' THEN pi.submitted_at END)
            FROM organization o
            JOIN pledge p ON p.id = (SELECT MAX(latest.id) FROM pledge latest
                                     WHERE latest.agency_id = o.id AND latest.signed_on <= ?)
            JOIN pledge_item pi ON pi.pledge_id = p.id
            JOIN catalog_item ci ON ci.id = pi.catalog_item_id
            WHERE o.kind = 'AGENCY' AND p.status <> 'WITHDRAWN'
            GROUP BY o.id, ci.focus_area_id, p.id""";

    private PledgeStatusBench() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            SnapshotJobLauncher launcher = context.getBean(SnapshotJobLauncher.class);
            LocalDate today = LocalDate.now();

            jdbc.execute("""
                    CREATE TABLE IF NOT EXISTS bench_area_counts (agency_id BIGINT NOT NULL,
                        focus_area_id BIGINT NOT NULL, pledge_id BIGINT NOT NULL, items_total INT NOT NULL,
                        not_started INT NOT NULL, in_progress INT NOT NULL, submitted INT NOT NULL,
                        returned INT NOT NULL, verified INT NOT NULL, last_activity DATETIME(6) NULL,
                        oldest_submission DATETIME(6) NULL, PRIMARY KEY (agency_id, focus_area_id))""");
            baseline(jdbc, today);
            long baselineNanos = baseline(jdbc, today);
            // like the baseline's table, the job's tables start without the date's rows (as on the
            // nightly run of a new day): a rerun would also time deleting the previous run's rows
            for (String table : List.of("agency_area_snapshot", "agency_snapshot", "rollup_snapshot")) {
                jdbc.update("DELETE FROM " + table + " WHERE as_of = ?", today);
            }
            long started = System.nanoTime();
            JobRun full = launcher.runNow("pledgeStatus", today, "bench");
            long fullNanos = System.nanoTime() - started;
            int rows = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ?) "
                    + "+ (SELECT COUNT(*) FROM agency_area_snapshot WHERE as_of = ?)", Integer.class, today, today);
            double ratio = (double) fullNanos / baselineNanos;
            print(new Figure("1", "Pledge status job, full run (%,d agencies)".formatted(full.read()),
                    "%s (%,.0f rows/s)".formatted(Figure.seconds(fullNanos), rows / (fullNanos / 1e9)),
                    "plain SQL INSERT…SELECT…GROUP BY", Figure.seconds(baselineNanos), ratio, "≤ 1.5× baseline",
                    full.completed() && ratio <= 1.5));

            int changed = changeOnePercent(jdbc, context, today);
            started = System.nanoTime();
            JobRun incremental = launcher.runNow("pledgeStatus", today, "bench", true);
            long incrementalNanos = System.nanoTime() - started;
            double share = (double) incrementalNanos / fullNanos;
            print(new Figure("2", "Incremental run after %,d agencies (1%%) changed: %,d recomputed"
                    .formatted(changed, incremental.read()), Figure.seconds(incrementalNanos),
                    "full run (figure 1)", Figure.seconds(fullNanos), share, "≤ 0.05× full run",
                    incremental.completed() && share <= 0.05));
        }
    }

    private static long baseline(JdbcTemplate jdbc, LocalDate asOf) {
        jdbc.execute("TRUNCATE TABLE bench_area_counts");
        long started = System.nanoTime();
        jdbc.update(BASELINE, asOf.plusDays(1).atStartOfDay(), asOf);
        return System.nanoTime() - started;
    }

    /**
     * Every 100th agency with an active pledge gets one change by the national TA account through
     * the item service (access checks, workflow, audit): a submitted item verified, or else a
     * verified one reopened. Returns how many agencies changed.
     */
    private static int changeOnePercent(JdbcTemplate jdbc, ConfigurableApplicationContext context, LocalDate asOf) {
        PledgeItemService items = context.getBean(PledgeItemService.class);
        CurrentUser ta = context.getBean(UserRepository.class).findCredentials(SyntheticDataset.NATIONAL_TA_USERNAME)
                .orElseThrow().user();
        List<long[]> targets = jdbc.query("""
                SELECT s.agency_id,
                       (SELECT pi.id FROM pledge_item pi WHERE pi.pledge_id = s.pledge_id
                          AND pi.status IN ('SUBMITTED', 'VERIFIED') ORDER BY pi.status = 'SUBMITTED' DESC, pi.id LIMIT 1)
                FROM agency_snapshot s WHERE s.as_of = ? AND s.pledge_status = 'ACTIVE' ORDER BY s.agency_id""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, asOf);
        int changed = 0;
        for (int i = 0; i < targets.size(); i += 100) {
            long itemId = targets.get(i)[1];
            if (itemId == 0) {
                continue;
            }
            var item = items.detail(ta, itemId).item();
            if (item.status() == ItemStatus.SUBMITTED) {
                items.changeStatus(ta, itemId, item.version(), ItemStatus.VERIFIED, null);
            } else {
                items.changeStatus(ta, itemId, item.version(), ItemStatus.RETURNED, "Bench: reopened for review");
            }
            changed++;
        }
        return changed;
    }

    private static void print(Figure figure) {
        System.out.println(figure.line());
        System.out.flush();
    }
}
