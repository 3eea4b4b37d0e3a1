package org.pledgetrack.tools.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: figure 1 of {@code bench/run.sh}, against the generated dataset: the pledge status job
 * for today against a plain {@code INSERT … SELECT … GROUP BY} that computes the same agency × focus-area
 * numbers from the same history, as it stood at the end of the date, into a scratch table (same
 * database, same run; both start with no rows for the date, untimed). Target ≤ 1.5×.
 * The figure is the median of {@code -Dbench.figure1.runs} (default 9) timed runs after
 * {@code -Dbench.figure1.warm-up} (default 2) untimed ones, each
 * once InnoDB has purged what the previous runs deleted and written their pages to disk: the figures are
 * a warm server's, as the nightly
 * and on-demand runs of a running application are. The first run of the fresh JVM is printed beside them.
 * Arguments are Spring properties ({@code --spring.datasource.url=...}).
 */
public final class PledgeStatusBench {

    /**
     * Parameters: the as-of date (own targets due), the cutoff (pledge status), the as-of date and the
     * cutoff (pledges counted), the cutoff three times (item status, own target, agency activity).
     */
    private static final String BASELINE = """
            INSERT INTO bench_area_counts
            SELECT cp.agency_id, ci.focus_area_id, cp.id, COUNT(*), SUM(it.status = 'NOT_STARTED'),
                   SUM(it.status = 'IN_PROGRESS'), SUM(it.status = 'SUBMITTED'), SUM(it.status = 'RETURNED'),
                   SUM(it.status = 'VERIFIED'), COUNT(CASE WHEN it.own_target <= ? THEN 1 END), MAX(it.agency_move),
                   MIN(CASE WHEN it.status = 'SUBMITTED' THEN it.since END)
            FROM (SELECT p.agency_id, p.id,
                         ROW_NUMBER() OVER (PARTITION BY p.agency_id ORDER BY p.signed_on DESC, p.id DESC) AS latest_first,
                         COALESCE((SELECT s.to_status FROM pledge_status_change s WHERE s.pledge_id = p.id
                                     AND s.changed_at < ? ORDER BY s.changed_at DESC, s.id DESC LIMIT 1),
                                  'ACTIVE') AS status_then
                  FROM pledge p WHERE p.signed_on <= ? AND p.created_at < ?) cp
            JOIN (SELECT pi.pledge_id, pi.catalog_item_id, COALESCE(c.to_status, 'NOT_STARTED') AS status,
                         c.changed_at AS since, pi.own_target, pi.agency_move
                  FROM (SELECT pi.id, pi.pledge_id, pi.catalog_item_id,
                               (SELECT c.id FROM pledge_item_status_change c WHERE c.pledge_item_id = pi.id
                                  AND c.changed_at < ? ORDER BY c.changed_at DESC, c.id DESC LIMIT 1) AS last_change_id,
                               (SELECT t.target_on FROM pledge_item_target_change t WHERE t.pledge_item_id = pi.id
                                  AND t.changed_at < ? ORDER BY t.changed_at DESC, t.id DESC LIMIT 1) AS own_target,
                               (SELECT MAX(c.changed_at) FROM pledge_item_status_change c WHERE c.pledge_item_id = pi.id
                                  AND c.changed_at < ? AND c.to_status IN ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED'))
                                   AS agency_move
                        FROM pledge_item pi) pi
                  LEFT JOIN pledge_item_status_change c ON c.id = pi.last_change_id) it ON it.pledge_id = cp.id
            JOIN catalog_item ci ON ci.id = it.catalog_item_id
            WHERE cp.latest_first = 1 AND cp.status_then <> 'WITHDRAWN'
            GROUP BY cp.agency_id, ci.focus_area_id, cp.id""";

    /** Untimed runs first, then timed runs: the median of an odd number stands for the figure on a noisy machine. */
    private static final int WARM_UP_RUNS = Integer.getInteger("bench.figure1.warm-up", 2);
    private static final int RUNS = Integer.getInteger("bench.figure1.runs", 9);
    private static final int QUIET_DIRTY_PAGES = 200;
    private static final int QUIET_WAIT_SECONDS = 30;

    private PledgeStatusBench() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            SnapshotJobLauncher launcher = context.getBean(SnapshotJobLauncher.class);
            LocalDate today = LocalDate.now();

            jdbc.execute("DROP TABLE IF EXISTS bench_area_counts");
            jdbc.execute("""
                    CREATE TABLE bench_area_counts (agency_id BIGINT NOT NULL,
                        focus_area_id BIGINT NOT NULL, pledge_id BIGINT NOT NULL, items_total INT NOT NULL,
                        not_started INT NOT NULL, in_progress INT NOT NULL, submitted INT NOT NULL,
                        returned INT NOT NULL, verified INT NOT NULL, own_target_due INT NOT NULL,
                        last_activity DATETIME(6) NULL, oldest_submission DATETIME(6) NULL,
                        PRIMARY KEY (agency_id, focus_area_id))""");
            for (int n = 0; n < WARM_UP_RUNS; n++) {
                baseline(jdbc, today);
            }
            long baselineNanos = median(RUNS, () -> baseline(jdbc, today));
            // Timed runs follow untimed ones, as the baseline's do: a server runs the job every night,
            // so the figures are a warm JVM's. The first run of this JVM is printed beside them.
            long coldNanos = fullRun(jdbc, launcher, today).nanos();
            for (int n = 1; n < WARM_UP_RUNS; n++) {
                fullRun(jdbc, launcher, today);
            }
            List<TimedRun> fullRuns = IntStream.range(0, RUNS).mapToObj(n -> fullRun(jdbc, launcher, today)).toList();
            long fullNanos = median(fullRuns);
            int rows = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ?) "
                    + "+ (SELECT COUNT(*) FROM agency_area_snapshot WHERE as_of = ?)", Integer.class, today, today);
            double ratio = (double) fullNanos / baselineNanos;
            print(new Figure("1", "Pledge status job, full run (%,d agencies), median of %d".formatted(
                            fullRuns.getFirst().run().read(), RUNS),
                    "%s (%,.0f rows/s; runs %s; first in a fresh JVM %s)".formatted(Figure.seconds(fullNanos),
                            rows / (fullNanos / 1e9), seconds(fullRuns), Figure.seconds(coldNanos)),
                    "plain SQL point-in-time INSERT…SELECT…GROUP BY, median of " + RUNS, Figure.seconds(baselineNanos), ratio,
                    "≤ 1.5× baseline", completed(fullRuns) && ratio <= 1.5));
        }
    }

    /** One run of the job: how it went and how long it took. */
    record TimedRun(JobRun run, long nanos) {
    }

    /**
     * Like the baseline's table, the job's tables start without the date's rows (as on the nightly
     * run of a new day): deleting a previous run's rows is not timed.
     */
    static TimedRun fullRun(JdbcTemplate jdbc, SnapshotJobLauncher launcher, LocalDate asOf) {
        for (String table : List.of("agency_area_snapshot", "agency_snapshot", "rollup_snapshot")) {
            jdbc.update("DELETE FROM " + table + " WHERE as_of = ?", asOf);
        }
        return timed(jdbc, () -> launcher.runNow("pledgeStatus", asOf, "bench"));
    }

    /**
     * Times {@code run} once InnoDB has caught up with the runs before it (see {@link #waitForQuietServer}),
     * so that no run pays for an earlier one's clean-up.
     */
    private static TimedRun timed(JdbcTemplate jdbc, Supplier<JobRun> run) {
        waitForQuietServer(jdbc);
        long started = System.nanoTime();
        JobRun result = run.get();
        return new TimedRun(result, System.nanoTime() - started);
    }

    private static long baseline(JdbcTemplate jdbc, LocalDate asOf) {
        jdbc.execute("TRUNCATE TABLE bench_area_counts");
        waitForQuietServer(jdbc);
        long started = System.nanoTime();
        LocalDateTime cutoff = asOf.plusDays(1).atStartOfDay();
        jdbc.update(BASELINE, asOf, cutoff, asOf, cutoff, cutoff, cutoff, cutoff);
        return System.nanoTime() - started;
    }

    /**
     * Returns once InnoDB has purged what earlier runs deleted ({@code innodb_max_purge_lag_wait = 0},
     * MariaDB 10.5+) and written their changed pages to disk (dirty pages allowed down to 0% and the
     * page cleaner at its maximum rate until fewer than {@value #QUIET_DIRTY_PAGES} are left, at most
     * {@value #QUIET_WAIT_SECONDS} s), so that a timed run does not share the disk with the flushing of
     * the earlier runs' pages.
     */
    private static void waitForQuietServer(JdbcTemplate jdbc) {
        try {
            jdbc.execute("SET GLOBAL innodb_max_purge_lag_wait = 0");
            Map<String, Object> settings = jdbc.queryForMap(
                    "SELECT @@GLOBAL.innodb_max_dirty_pages_pct AS pct, @@GLOBAL.innodb_io_capacity AS capacity");
            jdbc.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
            jdbc.execute("SET GLOBAL innodb_io_capacity = @@GLOBAL.innodb_io_capacity_max");
            try {
                long deadline = System.nanoTime() + QUIET_WAIT_SECONDS * 1_000_000_000L;
                while (dirtyPages(jdbc) >= QUIET_DIRTY_PAGES && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            } finally {
                jdbc.execute("SET GLOBAL innodb_io_capacity = " + settings.get("capacity"));
                jdbc.execute("SET GLOBAL innodb_max_dirty_pages_pct = " + settings.get("pct"));
            }
        } catch (DataAccessException notMariaDb) {
            System.err.println("Not waiting for InnoDB: " + notMariaDb.getMostSpecificCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long dirtyPages(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                + "WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'", Long.class);
    }

    private static long median(int runs, LongSupplier run) {
        return median(LongStream.generate(run).limit(runs).toArray());
    }

    static long median(List<TimedRun> runs) {
        return median(runs.stream().mapToLong(TimedRun::nanos).toArray());
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String seconds(List<TimedRun> runs) {
        return runs.stream().map(run -> Figure.seconds(run.nanos())).collect(Collectors.joining(", "));
    }

    static boolean completed(List<TimedRun> runs) {
        return runs.stream().allMatch(run -> run.run().completed());
    }

    private static void print(Figure figure) {
        System.out.println(figure.line());
        System.out.flush();
    }
}
