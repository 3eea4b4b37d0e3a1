package org.pledgetrack.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one report format as a stream: {@link #begin} once, {@link #row} per row, {@link #finish}
 * once. Implementations keep at most a small window of rows in memory.
 */
interface ReportWriter {

    void begin(ReportHeader header, OutputStream out) throws IOException;

    void row(List<Object> values) throws IOException;

    /** Completes the file and flushes it; does not close the stream. */
    void finish() throws IOException;

    /** Frees resources when writing failed half-way. */
    default void abort() {
    }
}
