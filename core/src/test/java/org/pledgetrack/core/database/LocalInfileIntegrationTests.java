package org.pledgetrack.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.CoreTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Bulk loads through the application's own connection pool, against the real server. */
@SpringBootTest(classes = CoreTestApplication.class)
class LocalInfileIntegrationTests {

    private static final List<String> COLUMNS = List.of("id", "name", "amount", "on_day", "at", "note");

    @Autowired
    private LocalInfile localInfile;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transaction;
    @Value(LocalInfile.DIRECTORY)
    private Path directory;

    @BeforeEach
    void createTable() {
        jdbc.execute("""
                CREATE TABLE bulk_load_check (id BIGINT PRIMARY KEY, name VARCHAR(5) NOT NULL,
                    amount DECIMAL(5, 2) NOT NULL, on_day DATE NOT NULL, at DATETIME(6) NOT NULL, note VARCHAR(50) NULL)""");
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE bulk_load_check");
    }

    @Test
    void theServerAllowsLocalFiles() {
        assertThat(localInfile.available(jdbc)).isTrue();
    }

    @Test
    void rowsArriveAsSentAndReplaceRowsWithTheSameKey() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 27, 8, 30, 15, 123_456_000);
        localInfile.replaceInto(jdbc, "bulk_load_check", COLUMNS, rows(
                new Object[] {1L, "first", new BigDecimal("12.50"), LocalDate.of(2026, 2, 28), at, "tab\there"},
                new Object[] {2L, "two", new BigDecimal("0.05"), LocalDate.of(2026, 3, 1), at, null}));
        localInfile.replaceInto(jdbc, "bulk_load_check", COLUMNS, rows(
                new Object[] {2L, "again", new BigDecimal("99.99"), LocalDate.of(2026, 3, 2), at, "back\\slash\nline"}));

        List<Map<String, Object>> stored = jdbc.queryForList("SELECT * FROM bulk_load_check ORDER BY id");
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0)).containsEntry("name", "first").containsEntry("amount", new BigDecimal("12.50"))
                .containsEntry("note", "tab\there");
        assertThat(jdbc.queryForObject("SELECT at FROM bulk_load_check WHERE id = 1", LocalDateTime.class))
                .isEqualTo(at);
        assertThat(stored.get(1)).containsEntry("name", "again").containsEntry("amount", new BigDecimal("99.99"))
                .containsEntry("note", "back\\slash\nline");
    }

    @Test
    void aValueTooLongForItsColumnFailsTheLoadAndTheTransactionKeepsNothing() {
        assertThatThrownBy(() -> inTransaction(
                new Object[] {1L, "fits", BigDecimal.ONE, LocalDate.of(2026, 1, 1), LocalDateTime.now(), null},
                new Object[] {2L, "too long", BigDecimal.ONE, LocalDate.of(2026, 1, 1), LocalDateTime.now(), null}))
                .hasMessageContaining("'name'");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_load_check", Integer.class)).isZero();
    }

    /** The server only warns when it rounds (strict mode or not); the load fails all the same. */
    @Test
    void aValueTheServerWouldRoundFailsTheLoadAndTheTransactionKeepsNothing() {
        assertThatThrownBy(() -> inTransaction(
                new Object[] {1L, "fits", new BigDecimal("1.005"), LocalDate.of(2026, 1, 1), LocalDateTime.now(), null}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Loading bulk_load_check changed a value")
                .hasMessageContaining("'amount'");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_load_check", Integer.class)).isZero();
    }

    @Test
    void theFilesAreDeletedAfterTheLoad() throws Exception {
        localInfile.replaceInto(jdbc, "bulk_load_check", COLUMNS, rows(
                new Object[] {1L, "x", BigDecimal.ONE, LocalDate.of(2026, 1, 1), LocalDateTime.now(), null}));

        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left.filter(file -> file.getFileName().toString().startsWith("rows-"))).isEmpty();
        }
    }

    @Test
    void theDriverSendsNoFileFromOutsideTheBulkLoadDirectory() {
        assertThatThrownBy(() -> jdbc.execute(
                "LOAD DATA LOCAL INFILE '/etc/hostname' INTO TABLE bulk_load_check (name)"))
                .hasMessageContaining("not under the safe path");
    }

    private void inTransaction(Object[]... rows) {
        transaction.executeWithoutResult(status -> localInfile.replaceInto(jdbc, "bulk_load_check", COLUMNS, rows(rows)));
    }

    private static TabSeparatedRows rows(Object[]... rows) {
        TabSeparatedRows text = new TabSeparatedRows();
        for (Object[] row : rows) {
            text.addRow(row);
        }
        return text;
    }
}
