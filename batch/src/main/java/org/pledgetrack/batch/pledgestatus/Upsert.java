package org.pledgetrack.batch.pledgestatus;

import java.util.List;

import org.pledgetrack.core.database.LocalInfile;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stores rows in one table; a row whose key is already there replaces it. */
sealed interface Upsert permits MultiRowUpsert, LoadDataUpsert {

    /** Each row holds the key columns' values first, then the other columns', in the listed order. */
    void write(JdbcTemplate jdbc, List<Object[]> rows);

    /** By {@code LOAD DATA LOCAL INFILE} where the server allows it, else by multi-row {@code INSERT}. */
    static Upsert into(LocalInfile localInfile, JdbcTemplate jdbc, String table, List<String> keyColumns,
                       List<String> otherColumns) {
        return localInfile.available(jdbc)
                ? new LoadDataUpsert(localInfile, table, keyColumns, otherColumns)
                : new MultiRowUpsert(table, keyColumns, otherColumns);
    }
}
