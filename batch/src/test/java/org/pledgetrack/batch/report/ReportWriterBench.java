package org.pledgetrack.batch.report;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.pledgetrack.core.report.ReportFormat;

/**
 * Not a test: run by {@code bench/xlsx-20k.sh} under a small heap. Streams N synthetic agency
 * status rows (the agency report's 17 columns) through each format's writer and prints the time
 * and the peak heap of each, with XLSX and PDF as ratios of the CSV baseline measured in the same run.
 */
public final class ReportWriterBench {

    private ReportWriterBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path directory = Files.createTempDirectory("report-bench");
        List<ReportColumn> columns = columns();
        ReportHeader header = new ReportHeader("Agency pledge status (synthetic)", LocalDate.of(2026, 11, 27),
                "All", Instant.now(), Instant.now(), columns, ChartSpec.countBy("Agencies by schedule status", 4), List.of());
        measure(ReportFormat.CSV, rows, header, directory); // warm-up, so class loading does not count
        Result csv = measure(ReportFormat.CSV, rows, header, directory);
        Result xlsx = measure(ReportFormat.XLSX, rows, header, directory);
        Result pdf = measure(ReportFormat.PDF, rows, header, directory);
        System.out.printf("rows=%d max-heap=%d MB%n", rows, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (Result result : List.of(csv, xlsx, pdf)) {
            System.out.printf("%-4s time=%6d ms (%.1fx CSV)  peak-heap=%5d MB (%.1fx CSV)  file=%7d KB%n",
                    result.format(), result.millis(), (double) result.millis() / csv.millis(),
                    result.peakHeap() / (1024 * 1024), (double) result.peakHeap() / csv.peakHeap(),
                    result.bytes() / 1024);
        }
    }

    private static Result measure(ReportFormat format, int rows, ReportHeader header, Path directory) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        Path file = directory.resolve("bench." + format.extension());
        Random random = new Random(42);
        long start = System.nanoTime();
        ReportWriter writer = ReportJobConfiguration.writerFor(format);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            writer.begin(header, out);
            for (int i = 0; i < rows; i++) {
                writer.row(row(i, random));
            }
            writer.finish();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Result(format, millis, peak, Files.size(file));
    }

    private static List<ReportColumn> columns() {
        List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.text("Agency", 34),
                ReportColumn.text("ORI", 11), ReportColumn.text("State", 7), ReportColumn.text("Pledge status", 12),
                ReportColumn.text("Schedule status", 12), ReportColumn.integer("Items"),
                ReportColumn.integer("Verified"), ReportColumn.integer("Submitted"),
                ReportColumn.integer("Waiting review"), ReportColumn.percent("% verified"),
                ReportColumn.percent("Expected %")));
        for (int area = 1; area <= 6; area++) {
            columns.add(ReportColumn.percent("% verified: area " + area));
        }
        return columns;
    }

    private static final String[] STATUSES = {"ON_TRACK", "AT_RISK", "BEHIND", "COMPLETE"};

    private static List<Object> row(int i, Random random) {
        List<Object> row = new ArrayList<>(List.of("Synthetic Police Department " + i, String.format("KS%07d", i),
                "KS", "ACTIVE", STATUSES[i % STATUSES.length], 25L, (long) random.nextInt(26),
                (long) random.nextInt(26), (long) random.nextInt(5), percent(random), percent(random)));
        for (int area = 1; area <= 6; area++) {
            row.add(percent(random));
        }
        return row;
    }

    private static BigDecimal percent(Random random) {
        return BigDecimal.valueOf(random.nextInt(10_001), 2);
    }

    private record Result(ReportFormat format, long millis, long peakHeap, long bytes) {
    }
}
