package org.pledgetrack.batch.rosterimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects an import's errors and writes them in batches, counting them and the rows they are on. */
final class ErrorSink {

    private static final int BATCH = 1000;

    private final RosterImportRepository imports;
    private final long importId;
    private final List<RowError> pending = new ArrayList<>();
    private final Set<Long> lines = new HashSet<>();
    private int count;

    ErrorSink(RosterImportRepository imports, long importId) {
        this.imports = imports;
        this.importId = importId;
    }

    void add(RowError error) {
        pending.add(error);
        lines.add(error.line());
        count++;
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    void addAll(List<RowError> errors) {
        errors.forEach(this::add);
    }

    void flush() {
        imports.addErrors(importId, pending);
        pending.clear();
    }

    int count() {
        return count;
    }

    int lineCount() {
        return lines.size();
    }
}
