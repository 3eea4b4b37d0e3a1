package org.pledgetrack.batch.rosterimport;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects an import's errors and writes them in batches, counting them and the lines they are on.
 * Only the first {@code maxStored} are written: a file of a million bad rows is reported by its count,
 * not stored a million times.
 */
final class ErrorSink {

    private static final int BATCH = 1000;

    private final RosterImportRepository imports;
    private final long importId;
    private final int maxStored;
    private final List<RowError> pending = new ArrayList<>();
    private int count;
    private int lineCount;
    private long lastLine;

    ErrorSink(RosterImportRepository imports, long importId, int maxStored) {
        this.imports = imports;
        this.importId = importId;
        this.maxStored = maxStored;
    }

    void add(RowError error) {
        // Errors arrive in file order, so a new line is one that differs from the last; no set of every line.
        if (count == 0 || error.line() != lastLine) {
            lineCount++;
            lastLine = error.line();
        }
        if (count < maxStored) {
            pending.add(error);
        }
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
        return lineCount;
    }

    /** The errors counted but not stored. */
    int notStored() {
        return Math.max(0, count - maxStored);
    }
}
