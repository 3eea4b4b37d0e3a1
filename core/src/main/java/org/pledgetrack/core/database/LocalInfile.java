package org.pledgetrack.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLWarning;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCallback;
import org.springframework.stereotype.Component;

/**
 * Bulk loads with {@code LOAD DATA LOCAL INFILE}: the rows go to the server as one tab-separated
 * file instead of as bound values of an {@code INSERT}, which the server stores faster and the
 * application builds with far less work. The driver may only send files from one directory
 * ({@code pledgetrack.database.bulk-load-dir}; {@link DatabaseConfiguration} sets Connector/J's
 * {@code allowLoadLocalInfileInPath} on the pool), so a server cannot ask it for any other file. The server must allow it ({@code local_infile}:
 * on by default in MariaDB, off in MySQL 8); where it does not, {@link #available} is false.
 */
@Component
public class LocalInfile {

    /** The bulk-load directory's setting, with its default. */
    static final String DIRECTORY = "${pledgetrack.database.bulk-load-dir:${java.io.tmpdir}/pledgetrack-bulk-load}";

    private final Path directory;

    LocalInfile(@Value(DIRECTORY) Path directory) {
        this.directory = resolved(directory);
    }

    /** The directory as the driver compares paths: absolute, without {@code ..}. */
    static Path resolved(Path directory) {
        return directory.toAbsolutePath().normalize();
    }

    /** Whether the server accepts local files now (asked whenever a job step sets up its writers). */
    public boolean available(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT @@GLOBAL.local_infile = 1", Boolean.class));
    }

    /**
     * Loads {@code rows} (tab-separated lines, {@link TabSeparatedRows}) into {@code table}'s
     * {@code columns}, replacing rows with the same key, in the caller's transaction. A value the
     * server had to convert or cut (which LOAD DATA LOCAL reports as a warning, not an error) fails
     * the load, so nothing silently differs from what was sent.
     */
    public void replaceInto(JdbcTemplate jdbc, String table, List<String> columns, TabSeparatedRows rows) {
        if (rows.isEmpty()) {
            return;
        }
        Path file = write(rows);
        try {
            jdbc.execute((StatementCallback<Void>) statement -> {
                statement.execute("LOAD DATA LOCAL INFILE '" + file + "' REPLACE INTO TABLE " + table
                        + " CHARACTER SET utf8mb4 (" + String.join(", ", columns) + ")");
                SQLWarning warning = statement.getWarnings();
                if (warning != null) {
                    throw new IllegalStateException("Loading " + table + " changed a value: " + warning.getMessage());
                }
                return null;
            });
        } finally {
            delete(file);
        }
    }

    private Path write(TabSeparatedRows rows) {
        try {
            createDirectory();
            Path file = Files.createTempFile(directory, "rows-", ".tsv");
            Files.writeString(file, rows.text(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write rows to load into " + directory, e);
        }
    }

    private void createDirectory() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the bulk-load directory " + directory, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
