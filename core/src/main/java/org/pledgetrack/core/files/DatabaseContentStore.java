package org.pledgetrack.core.files;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.time.Clock;

import org.jooq.DSLContext;

/**
 * Keeps files in the database ({@code pledgetrack.files.store=database}), so that a file stored through one
 * application node downloads from any other: a {@code stored_file} row per file and its bytes in
 * {@code stored_file_chunk} rows of {@value #CHUNK_BYTES} bytes, written and read one chunk at a time (a file
 * is never whole in memory). The SHA-256 computed while writing is kept and checked while reading
 * ({@link ChunkedInputStream}), so a damaged chunk is never passed off as the file. Writes join the caller's
 * transaction when there is one. The files are in the database's backups then, and grow its size.
 */
public final class DatabaseContentStore implements ContentStore {

    /** 1 MiB: well under MariaDB's default {@code max_allowed_packet} of 16 MiB, and few rows for a large file. */
    static final int CHUNK_BYTES = 1024 * 1024;

    private final StoredFileRepository rows;
    private final Clock clock;

    public DatabaseContentStore(DSLContext dsl, Clock clock) {
        this.rows = new StoredFileRepository(dsl);
        this.clock = clock;
    }

    @Override
    public OutputStream create(String storageKey) {
        String key = StorageKeys.checked(storageKey);
        rows.deleteFile(key);
        rows.insertFile(key, clock.instant());
        return new ChunkedOutputStream(rows, key, CHUNK_BYTES, clock);
    }

    @Override
    public InputStream open(String storageKey) {
        String key = StorageKeys.checked(storageKey);
        StoredFileRepository.Completed file = rows.findCompleted(key).orElseThrow(() -> new UncheckedIOException(
                "Stored file " + key + " cannot be read", new NoSuchFileException(key, null, "not in the database")));
        return new ChunkedInputStream(rows, key, file);
    }

    @Override
    public boolean delete(String storageKey) {
        return rows.deleteFile(StorageKeys.checked(storageKey));
    }
}
