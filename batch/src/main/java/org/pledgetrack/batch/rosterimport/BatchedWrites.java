package org.pledgetrack.batch.rosterimport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects records and hands them to a writer 1,000 at a time, counting all of them. */
final class BatchedWrites<T> {

    private static final int BATCH = 1000;

    private final Consumer<List<T>> writer;
    private final List<T> pending = new ArrayList<>();
    private int count;

    BatchedWrites(Consumer<List<T>> writer) {
        this.writer = writer;
    }

    void add(T record) {
        pending.add(record);
        count++;
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            writer.accept(List.copyOf(pending));
            pending.clear();
        }
    }

    int count() {
        return count;
    }
}
