package org.pledgetrack.batch.pledgestatus;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import com.mysql.cj.jdbc.JdbcConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code INSERT INTO table (...) VALUES (...), (...) ON DUPLICATE KEY UPDATE ...} for any number of
 * rows, in statements of at most {@value #MAX_ROWS} rows. Values are bound, never concatenated.
 *
 * <p>The statements are prepared on the server: the connection's default, client-side preparing,
 * sends every row as SQL text, and at 120,000 rows a run the server's parsing of that text cost more
 * than storing the rows (issue 7). A server-prepared statement is parsed once and its values travel
 * in binary.
 */
final class MultiRowUpsert {

    private static final int MAX_ROWS = 1_000;

    private final String head;
    private final String placeholders;
    private final String onDuplicate;

    /** Rows hold the key columns' values first, then the other columns', in the listed order. */
    MultiRowUpsert(String table, List<String> keyColumns, List<String> otherColumns) {
        List<String> columns = new ArrayList<>(keyColumns);
        columns.addAll(otherColumns);
        head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        placeholders = columns.stream().map(c -> "?").collect(Collectors.joining(", ", "(", ")"));
        onDuplicate = otherColumns.stream().map(c -> c + " = VALUES(" + c + ")")
                .collect(Collectors.joining(", ", " ON DUPLICATE KEY UPDATE ", ""));
    }

    void write(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            for (int from = 0; from < rows.size(); from += MAX_ROWS) {
                List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + MAX_ROWS));
                String sql = head + String.join(", ", Collections.nCopies(part.size(), placeholders)) + onDuplicate;
                try (PreparedStatement statement = connection.unwrap(JdbcConnection.class).serverPrepareStatement(sql)) {
                    int index = 1;
                    for (Object[] row : part) {
                        for (Object value : row) {
                            statement.setObject(index++, value);
                        }
                    }
                    statement.executeUpdate();
                }
            }
            return null;
        });
    }
}
