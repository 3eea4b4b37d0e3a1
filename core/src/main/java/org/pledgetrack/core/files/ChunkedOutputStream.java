package org.pledgetrack.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;

import org.jooq.exception.DataAccessException;

/**
 * Writes a database-kept file: fills one chunk-sized buffer, inserts it as the next chunk and reuses it, so a
 * file of any size needs one chunk of memory. Closing writes the last, shorter chunk and records the size and
 * SHA-256, which makes the file readable; a stream never closed leaves a file nobody can open.
 */
final class ChunkedOutputStream extends OutputStream {

    private final StoredFileRepository rows;
    private final String storageKey;
    private final Clock clock;
    private final byte[] buffer;
    private final MessageDigest sha256 = Sha256.newDigest();
    private int filled;
    private int chunkNo;
    private long size;
    private boolean closed;

    ChunkedOutputStream(StoredFileRepository rows, String storageKey, int chunkBytes, Clock clock) {
        this.rows = rows;
        this.storageKey = storageKey;
        this.clock = clock;
        this.buffer = new byte[chunkBytes];
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("Stored file " + storageKey + " is closed");
        }
        while (length > 0) {
            int n = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
            if (filled == buffer.length) {
                writeChunk();
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (filled > 0) {
            writeChunk();
        }
        try {
            rows.complete(storageKey, size, Sha256.hex(sha256), clock.instant());
        } catch (DataAccessException e) {
            throw new IOException("Stored file " + storageKey + " cannot be completed", e);
        }
    }

    private void writeChunk() throws IOException {
        byte[] chunk = filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
        try {
            rows.insertChunk(storageKey, chunkNo, chunk);
        } catch (DataAccessException e) {
            throw new IOException("Chunk " + chunkNo + " of stored file " + storageKey + " cannot be written", e);
        }
        sha256.update(buffer, 0, filled);
        size += filled;
        chunkNo++;
        filled = 0;
    }
}
