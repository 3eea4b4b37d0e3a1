package org.pledgetrack.core.files;

import static org.pledgetrack.db.Tables.STORED_FILE;
import static org.pledgetrack.db.Tables.STORED_FILE_CHUNK;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;

/**
 * The rows of files kept in the database. Each statement runs in the caller's transaction when there is one
 * (an evidence upload's chunks commit, or roll back, with its evidence row), else on its own.
 */
class StoredFileRepository {

    /** A finished file: what its chunks add up to. */
    record Completed(long size, String sha256) {
    }

    private final DSLContext dsl;

    StoredFileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insertFile(String storageKey, Instant createdAt) {
        dsl.insertInto(STORED_FILE).set(STORED_FILE.STORAGE_KEY, storageKey).set(STORED_FILE.CREATED_AT, createdAt)
                .execute();
    }

    void insertChunk(String storageKey, int chunkNo, byte[] data) {
        dsl.insertInto(STORED_FILE_CHUNK).set(STORED_FILE_CHUNK.STORAGE_KEY, storageKey)
                .set(STORED_FILE_CHUNK.CHUNK_NO, chunkNo).set(STORED_FILE_CHUNK.DATA, data).execute();
    }

    void complete(String storageKey, long size, String sha256, Instant completedAt) {
        dsl.update(STORED_FILE).set(STORED_FILE.SIZE_BYTES, size).set(STORED_FILE.SHA256, sha256)
                .set(STORED_FILE.COMPLETED_AT, completedAt).where(STORED_FILE.STORAGE_KEY.eq(storageKey)).execute();
    }

    /** The file, once its last chunk is written; empty for a file never finished or not kept. */
    Optional<Completed> findCompleted(String storageKey) {
        return dsl.select(STORED_FILE.SIZE_BYTES, STORED_FILE.SHA256).from(STORED_FILE)
                .where(STORED_FILE.STORAGE_KEY.eq(storageKey)).and(STORED_FILE.COMPLETED_AT.isNotNull())
                .fetchOptional(r -> new Completed(r.value1(), r.value2()));
    }

    Optional<byte[]> findChunk(String storageKey, int chunkNo) {
        return dsl.select(STORED_FILE_CHUNK.DATA).from(STORED_FILE_CHUNK)
                .where(STORED_FILE_CHUNK.STORAGE_KEY.eq(storageKey)).and(STORED_FILE_CHUNK.CHUNK_NO.eq(chunkNo))
                .fetchOptional(STORED_FILE_CHUNK.DATA);
    }

    /** Deletes the file and, by the foreign key's cascade, its chunks; true when it was there. */
    boolean deleteFile(String storageKey) {
        return dsl.deleteFrom(STORED_FILE).where(STORED_FILE.STORAGE_KEY.eq(storageKey)).execute() == 1;
    }
}
