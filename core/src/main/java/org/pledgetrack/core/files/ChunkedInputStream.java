package org.pledgetrack.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

import org.jooq.exception.DataAccessException;

/**
 * Reads a database-kept file one chunk at a time (one short query each, so a slow download holds no
 * connection) and checks it against the size and SHA-256 recorded when it was written. The check is made when
 * the last chunk is fetched, before any of its bytes are handed out: a damaged file of one chunk (most evidence)
 * is refused whole, a longer one stops before its end. Either way the reader gets an {@link IOException}, never
 * a file that silently differs.
 */
final class ChunkedInputStream extends InputStream {

    private final StoredFileRepository rows;
    private final String storageKey;
    private final StoredFileRepository.Completed expected;
    private final MessageDigest sha256 = Sha256.newDigest();
    private byte[] chunk = new byte[0];
    private int position;
    private int nextChunkNo;
    private long fetched;

    /** @param expected the size and SHA-256 recorded when the file was written */
    ChunkedInputStream(StoredFileRepository rows, String storageKey, StoredFileRepository.Completed expected) {
        this.rows = rows;
        this.storageKey = storageKey;
        this.expected = expected;
    }

    @Override
    public int read() throws IOException {
        return hasBytes() ? chunk[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!hasBytes()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, bytes, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return chunk.length - position;
    }

    /** True when bytes are left, fetching the next chunk when this one is used up. */
    private boolean hasBytes() throws IOException {
        while (position == chunk.length) {
            if (fetched == expected.size()) {
                return false;
            }
            fetchNextChunk();
        }
        return true;
    }

    private void fetchNextChunk() throws IOException {
        byte[] next;
        try {
            next = rows.findChunk(storageKey, nextChunkNo)
                    .orElseThrow(() -> corrupted("chunk " + nextChunkNo + " is missing"));
        } catch (DataAccessException e) {
            throw new IOException("Chunk " + nextChunkNo + " of stored file " + storageKey + " cannot be read", e);
        }
        fetched += next.length;
        sha256.update(next);
        if (fetched > expected.size()) {
            throw corrupted("its chunks hold more than its " + expected.size() + " bytes");
        }
        if (fetched == expected.size()) {
            String actual = Sha256.hex(sha256);
            if (!actual.equals(expected.sha256())) {
                throw corrupted("its SHA-256 is " + actual + ", not " + expected.sha256());
            }
        }
        chunk = next;
        position = 0;
        nextChunkNo++;
    }

    private IOException corrupted(String why) {
        return new IOException("Stored file " + storageKey + " is damaged: " + why);
    }
}
