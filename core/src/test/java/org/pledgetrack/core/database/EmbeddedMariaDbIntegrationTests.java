package org.pledgetrack.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps its data across restarts unless it is ephemeral. */
class EmbeddedMariaDbIntegrationTests {

    @TempDir
    Path dataDir;

    /** Lasting data must not live under the temp directory (see the next test), so this one uses target/. */
    @Test
    void dataSurvivesARestart() throws Exception {
        Path lastingDir = Path.of("target", "embedded-restart-" + System.nanoTime()).toAbsolutePath();
        var properties = new EmbeddedDatabaseProperties(lastingDir, 0, "restart_check", false);
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(properties)) {
            execute(first, "CREATE TABLE note (text VARCHAR(100))", "INSERT INTO note VALUES ('kept')");
        }
        assertThat(lastingDir).isDirectoryContaining(path -> path.getFileName().toString().equals("restart_check"));

        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(properties);
             Connection connection = connect(second);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void lastingDataUnderTheTempDirectoryIsRefused() {
        var properties = new EmbeddedDatabaseProperties(dataDir.resolve("lasting"), 0, "x", false);
        assertThatThrownBy(() -> EmbeddedMariaDb.start(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("emptied at every start");
    }

    @Test
    void ephemeralDataIsDeletedOnClose() throws Exception {
        Path ephemeralDir = dataDir.resolve("ephemeral");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(ephemeralDir, 0, "gone", true))) {
            execute(db, "CREATE TABLE t (id INT)");
        }
        assertThat(Files.exists(ephemeralDir)).isFalse();
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
