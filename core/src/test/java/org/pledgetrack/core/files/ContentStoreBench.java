package org.pledgetrack.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Not a test: write and read MB/s of the database store against the local store (the baseline), measured in the
 * same run, as ratios. Run by {@code bench/files.sh}. Each figure is the median of {@code runs} timed round trips
 * of one file after one untimed one; the file is written from a 4 MiB buffer of random bytes written again and
 * again (so generating bytes costs nothing) and read through an 8 KiB buffer, as a download is.
 *
 * <p>Arguments: JDBC URL, user, password, file megabytes, runs.
 */
public final class ContentStoreBench {

    private static final int BUFFER = 4 * 1024 * 1024;

    private ContentStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        long bytes = Long.parseLong(args[3]) * 1024 * 1024;
        int runs = Integer.parseInt(args[4]);
        byte[] block = new byte[BUFFER];
        new SplittableRandom(42).nextBytes(block);
        Path folder = Files.createTempDirectory("content-store-bench-");
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            DatabaseContentStore database = new DatabaseContentStore(DSL.using(connection, SQLDialect.MYSQL),
                    Clock.systemUTC());
            double[] local = measure(new LocalContentStore(folder), bytes, runs, block, () -> { });
            // each chunk its own transaction, as a report job's last chunk and a roster upload are written
            double[] autocommit = measure(database, bytes, runs, block, () -> { });
            // one transaction for the file, as an evidence or attachment upload is written (with its row)
            connection.setAutoCommit(false);
            double[] oneTransaction = measure(database, bytes, runs, block, connection::commit);
            connection.setAutoCommit(true);
            System.out.printf("file %d MB, median of %d runs%n", bytes / 1024 / 1024, runs);
            System.out.printf("%-30s %12s %12s %12s %12s%n", "", "write MB/s", "read MB/s", "write ratio",
                    "read ratio");
            print("local (baseline)", local, local);
            print("database, commit per chunk", autocommit, local);
            print("database, one transaction", oneTransaction, local);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private static void print(String label, double[] figures, double[] baseline) {
        System.out.printf("%-30s %12.1f %12.1f %12.3f %12.3f%n", label, figures[0], figures[1], figures[0] / baseline[0],
                figures[1] / baseline[1]);
    }

    /** What ends the write of a file: nothing, or the commit of its transaction. */
    private interface Completion {
        void run() throws SQLException;
    }

    /** Median write and read MB/s; a write is timed until {@code completion} has run. */
    private static double[] measure(ContentStore store, long bytes, int runs, byte[] block, Completion completion)
            throws IOException, SQLException {
        List<Double> writes = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        byte[] readBuffer = new byte[8192];
        for (int run = 0; run <= runs; run++) {
            String key = StorageKeys.newKey();
            long start = System.nanoTime();
            try (OutputStream out = store.create(key)) {
                for (long written = 0; written < bytes; written += block.length) {
                    out.write(block, 0, (int) Math.min(block.length, bytes - written));
                }
            }
            completion.run();
            long written = System.nanoTime();
            try (InputStream in = store.open(key)) {
                while (in.read(readBuffer) >= 0) {
                    // only the time counts
                }
            }
            long read = System.nanoTime();
            store.delete(key);
            completion.run();
            if (run > 0) {
                writes.add(megabytesPerSecond(bytes, written - start));
                reads.add(megabytesPerSecond(bytes, read - written));
            }
        }
        return new double[] {median(writes), median(reads)};
    }

    private static double megabytesPerSecond(long bytes, long nanos) {
        return bytes / 1024.0 / 1024.0 / (nanos / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
