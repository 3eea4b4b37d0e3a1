package org.pledgetrack.tools.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.batch.report.ReportJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: figure 3 of {@code bench/run.sh}, run in a JVM started with {@code -Xmx256m}. The
 * agency pledge status report of the latest snapshot date (every agency) goes through the real
 * report job — the cursor reader over the snapshot tables and the format's writer — once as CSV
 * (warm-up), then CSV (the baseline) and XLSX, each timed. Peak heap is the sum of the heap pools'
 * peak usage, reset after a full GC before each export; it includes what the Spring context holds.
 */
public final class ReportExportBench {

    private static final String OVERSEER = "bench.overseer";

    private record Export(ReportFile file, long nanos, long peakHeap) {
    }

    private ReportExportBench() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            ReportService reports = context.getBean(ReportService.class);
            ReportJobLauncher launcher = context.getBean(ReportJobLauncher.class);
            CurrentUser overseer = overseer(context);
            LocalDate asOf = reports.latestSnapshotDate().orElseThrow();
            export(reports, launcher, overseer, asOf, ReportFormat.CSV);
            Export csv = export(reports, launcher, overseer, asOf, ReportFormat.CSV);
            Export xlsx = export(reports, launcher, overseer, asOf, ReportFormat.XLSX);
            long maxHeap = Runtime.getRuntime().maxMemory();
            boolean completed = xlsx.file().status() == ReportStatus.READY
                    && xlsx.file().rowCount().equals(csv.file().rowCount());
            System.out.println(new Figure("3", "XLSX agency status report, %,d rows × %d columns, -Xmx%dm"
                    .formatted(xlsx.file().rowCount(), columns(reports, overseer, csv.file()), maxHeap / (1024 * 1024)),
                    "%s, peak heap %d MB".formatted(Figure.seconds(xlsx.nanos()), xlsx.peakHeap() / (1024 * 1024)),
                    "CSV of the same rows", "%s, peak heap %d MB".formatted(Figure.seconds(csv.nanos()),
                    csv.peakHeap() / (1024 * 1024)), (double) xlsx.nanos() / csv.nanos(),
                    "completes under -Xmx256m", completed && maxHeap <= 256L * 1024 * 1024).line());
        }
    }

    private static Export export(ReportService reports, ReportJobLauncher launcher, CurrentUser user, LocalDate asOf,
                                 ReportFormat format) {
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        ReportFile file = launcher.generateNow(reports.request(user, ReportType.AGENCY_STATUS, format, asOf,
                ReportFilters.NONE));
        long nanos = System.nanoTime() - started;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Export(file, nanos, peak);
    }

    /** An overseer account for the bench (the generated dataset has TA staff only). */
    private static CurrentUser overseer(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        jdbc.update("""
                INSERT IGNORE INTO app_user (username, password_hash, display_name, email, role, organization_id,
                    created_at, updated_at)
                SELECT ?, 'x', 'Bench overseer', 'bench.overseer@example.org', 'OVERSEER', MIN(id), UTC_TIMESTAMP(6),
                       UTC_TIMESTAMP(6) FROM organization WHERE kind = 'TA_PROVIDER'""", OVERSEER);
        return context.getBean(UserRepository.class).findCredentials(OVERSEER).orElseThrow().user();
    }

    /** The CSV file's header fields (commas inside quotes do not separate). */
    private static int columns(ReportService reports, CurrentUser user, ReportFile csv) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(reports.open(user, csv.id()),
                StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            int fields = 1;
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                quoted ^= c == '"';
                fields += !quoted && c == ',' ? 1 : 0;
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
