package org.pledgetrack.batch.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.pledgetrack.core.report.GeneratedReport;
import org.pledgetrack.core.report.ReportStorage;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The step's writer: streams the rows into one format's {@link ReportWriter}, over a stream that
 * counts the bytes and computes the SHA-256 as they are written. A report is written in one go
 * (the job cannot be restarted half-way), so the file is complete once {@link #close} returns
 * after the last chunk; {@link #result} then describes it.
 */
final class ReportFileWriter implements ItemStreamWriter<List<Object>> {

    private final ReportStorage storage;
    private final ReportWriter format;
    private final ReportHeader header;
    private final String storageKey;
    private MessageDigest sha256;
    private CountingStream out;
    private int rows;
    private long bytes;
    private boolean failed;
    private GeneratedReport result;

    ReportFileWriter(ReportStorage storage, String storageKey, ReportWriter format, ReportHeader header) {
        this.storage = storage;
        this.format = format;
        this.header = header;
        this.storageKey = storageKey;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
            out = new CountingStream(new DigestOutputStream(storage.create(storageKey), sha256));
            format.begin(header, out);
        } catch (IOException e) {
            throw new ItemStreamException("The report file could not be started", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(Chunk<? extends List<Object>> chunk) throws IOException {
        try {
            for (List<Object> row : chunk) {
                format.row(row);
                rows++;
            }
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    /** Called when the step failed, before {@link #close}: the half-written file is thrown away. */
    void markFailed() {
        failed = true;
    }

    @Override
    public void close() {
        if (out == null) {
            return;
        }
        try {
            if (failed) {
                format.abort();
            } else {
                format.finish();
            }
            out.close();
        } catch (IOException e) {
            throw new ItemStreamException("The report file could not be completed", e);
        } finally {
            out = null;
        }
        if (failed) {
            storage.delete(storageKey);
        } else {
            result = new GeneratedReport(storageKey, rows, bytes, HexFormat.of().formatHex(sha256.digest()));
        }
    }

    /** Null until the file is complete. */
    GeneratedReport result() {
        return result;
    }

    /** Counts what passes through, so the size is known without reading the file back. */
    private final class CountingStream extends FilterOutputStream {

        CountingStream(OutputStream target) {
            super(target);
        }

        @Override
        public void write(int b) throws IOException {
            super.out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            super.out.write(b, off, len);
            bytes += len;
        }
    }
}
