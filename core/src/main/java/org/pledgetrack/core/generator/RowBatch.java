package org.pledgetrack.core.generator;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Collects rows for one table and writes them as multi-row INSERTs of {@value #ROWS_PER_STATEMENT}
 * rows: far fewer round trips than one statement per row, on any MySQL/MariaDB URL.
 */
final class RowBatch {

    private static final int ROWS_PER_STATEMENT = 1_000;

    private final DSLContext dsl;
    private final Table<? extends Record> table;
    private final Field<?>[] fields;
    private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
    private final List<RowBatch> parents = new ArrayList<>();
    private int written;

    RowBatch(DSLContext dsl, Table<? extends Record> table, Field<?>... fields) {
        this.dsl = dsl;
        this.table = table;
        this.fields = fields;
    }

    /** Rows here reference rows of {@code parent}: its pending rows are written first. */
    RowBatch referencing(RowBatch parent) {
        parents.add(parent);
        return this;
    }

    void add(Object... values) {
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    /** Writes what is pending; returns how many rows this batch has written in all. */
    int flush() {
        if (!pending.isEmpty()) {
            parents.forEach(RowBatch::flush);
            InsertValuesStepN<? extends Record> insert = dsl.insertInto(table, fields).values(pending.getFirst());
            for (int i = 1; i < pending.size(); i++) {
                insert = insert.values(pending.get(i));
            }
            written += insert.execute();
            pending.clear();
        }
        return written;
    }
}
