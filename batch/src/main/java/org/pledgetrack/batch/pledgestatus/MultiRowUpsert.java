package org.pledgetrack.batch.pledgestatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code INSERT INTO table (...) VALUES (...), (...) ON DUPLICATE KEY UPDATE ...} for any number of
 * rows, in statements of at most {@value #MAX_ROWS} rows. Values are bound, never concatenated.
 */
final class MultiRowUpsert implements Upsert {

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

    @Override
    public void write(JdbcTemplate jdbc, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += MAX_ROWS) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + MAX_ROWS));
            String sql = head + String.join(", ", Collections.nCopies(part.size(), placeholders)) + onDuplicate;
            jdbc.update(sql, part.stream().flatMap(Arrays::stream).toArray());
        }
    }
}
