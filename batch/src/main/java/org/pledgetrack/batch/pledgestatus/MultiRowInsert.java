package org.pledgetrack.batch.pledgestatus;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.TableRecord;

/**
 * The pledge status job's one way of writing rows: multi-row {@code INSERT} statements of at most
 * {@value #MAX_ROWS} rows, with every value bound. Built by jOOQ rather than left to the driver's
 * batch rewriting, which only a JDBC URL with {@code rewriteBatchedStatements=true} turns on: without
 * it a batch goes to the server one row at a time.
 */
final class MultiRowInsert {

    private static final int MAX_ROWS = 1_000;

    private MultiRowInsert() {
    }

    /** Inserts the rows, all of one table, in the caller's transaction. */
    static <R extends TableRecord<R>> void insert(DSLContext dsl, List<R> rows) {
        for (int from = 0; from < rows.size(); from += MAX_ROWS) {
            List<R> part = rows.subList(from, Math.min(rows.size(), from + MAX_ROWS));
            InsertSetMoreStep<R> insert = dsl.insertInto(part.getFirst().getTable()).set(part.getFirst());
            for (R row : part.subList(1, part.size())) {
                insert = insert.newRecord().set(row);
            }
            insert.execute();
        }
    }
}
