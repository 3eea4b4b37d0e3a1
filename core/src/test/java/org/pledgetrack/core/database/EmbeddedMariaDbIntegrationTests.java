package org.pledgetrack.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps its data across restarts unless it is ephemeral, and across a
 * {@code kill -9} of the JVM that ran it. Lasting data must not live under the temp directory (see
 * {@link #lastingDataUnderTheTempDirectoryIsRefused}), so those tests use target/.
 */
class EmbeddedMariaDbIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path lastingDir = lastingDir("restart");
        var properties = new EmbeddedDatabaseProperties(lastingDir, 0, "restart_check", false);
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(properties)) {
            execute(first, "CREATE TABLE note (text VARCHAR(100))", "INSERT INTO note VALUES ('kept')");
        }
        assertThat(lastingDir).isDirectoryContaining(path -> path.getFileName().toString().equals("restart_check"));

        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(properties)) {
            assertThat(noteIn(second)).isEqualTo("kept");
        } finally {
            FileTrees.delete(lastingDir);
        }
    }

    /**
     * The other JVM plays the application: while it runs, a second start on its directory fails at
     * once; once it is killed with SIGKILL, its server (which nothing stopped) still holds InnoDB's
     * locks, and the next start stops that server and serves the committed row, leaving nothing new
     * in the temp directory.
     */
    @Test
    void directoryOfARunningJvmIsRefusedAndAfterKill9TheServerItLeftIsTakenOver() throws Exception {
        Path lastingDir = lastingDir("takeover");
        var properties = new EmbeddedDatabaseProperties(lastingDir, 0, ServerInAnotherJvm.DATABASE, false);
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
        Process owner = ServerInAnotherJvm.start(lastingDir);
        try {
            Set<Path> tempEntriesWhileRunning = entries(scratch);
            long refusing = System.nanoTime();
            assertThatThrownBy(() -> EmbeddedMariaDb.start(properties))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("The embedded database directory " + lastingDir + " is in use by another "
                            + "running pledgetrack (process " + owner.pid() + ")");
            long refusedMs = (System.nanoTime() - refusing) / 1_000_000;
            assertThat(refusedMs).isLessThan(5_000);

            owner.destroyForcibly().waitFor();
            List<ProcessHandle> leftBehind = LeftoverServers.serving(lastingDir);
            assertThat(leftBehind).as("the server outlives its killed JVM").hasSize(1);

            long starting = System.nanoTime();
            try (EmbeddedMariaDb takenOver = EmbeddedMariaDb.start(properties)) {
                long startedMs = (System.nanoTime() - starting) / 1_000_000;
                assertThat(LeftoverServers.serving(lastingDir)).hasSize(1).doesNotContainAnyElementsOf(leftBehind);
                assertThat(noteIn(takenOver)).isEqualTo("committed before kill -9");
                System.out.printf("Leftover server take-over: second start refused in %d ms; after kill -9 the next "
                        + "start stopped the leftover server and served the data in %d ms%n", refusedMs, startedMs);
            }
            assertThat(LeftoverServers.serving(lastingDir)).isEmpty();
            assertThat(entries(scratch)).as("nothing new in the temp directory").isSubsetOf(tempEntriesWhileRunning);
        } finally {
            owner.destroyForcibly();
            LeftoverServers.stopAll(lastingDir);
            FileTrees.delete(lastingDir);
        }
    }

    @Test
    void lastingDataUnderTheTempDirectoryIsRefused() {
        var properties = new EmbeddedDatabaseProperties(dataDir.resolve("lasting"), 0, "x", false);
        assertThatThrownBy(() -> EmbeddedMariaDb.start(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("emptied at every start");
    }

    /** It runs without passwords, so another machine must not reach it. */
    @Test
    void serverAcceptsConnectionsFromThisMachineOnly() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(dataDir.resolve("local"), 0, "local", true))) {
            Optional<InetAddress> networkAddress = NetworkInterface.networkInterfaces()
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()).findFirst();
            assumeThat(networkAddress).as("this machine has a network address to try").isPresent();

            assertThatThrownBy(() -> new Socket(networkAddress.get(), db.port()).close())
                    .isInstanceOf(ConnectException.class);
            new Socket(InetAddress.getLoopbackAddress(), db.port()).close();
        }
    }

    @Test
    void ephemeralDataIsDeletedOnClose() throws Exception {
        Path ephemeralDir = dataDir.resolve("ephemeral");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(ephemeralDir, 0, "gone", true))) {
            execute(db, "CREATE TABLE t (id INT)");
        }
        assertThat(Files.exists(ephemeralDir)).isFalse();
    }

    private static Path lastingDir(String purpose) {
        return Path.of("target", "embedded-" + purpose + "-" + System.nanoTime()).toAbsolutePath();
    }

    private static String noteIn(EmbeddedMariaDb db) throws SQLException {
        try (Connection connection = connect(db);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private static Set<Path> entries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.collect(Collectors.toSet());
        }
    }

    private static void execute(EmbeddedMariaDb db, String... sql) throws SQLException {
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "root", "");
    }
}
