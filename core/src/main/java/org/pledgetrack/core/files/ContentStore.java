package org.pledgetrack.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bytes of kept files live, each under a random key from {@link StorageKeys}: a folder of this node
 * ({@link LocalContentStore}) or the database, which every node reads ({@link DatabaseContentStore}); the
 * setting {@code pledgetrack.files.store} chooses. Everything goes through here as a stream, so no file is
 * ever whole in memory. Checks (names, types, sizes, who may read) are the callers'; this only keeps bytes.
 */
public interface ContentStore {

    /**
     * A stream that writes the file for the key, replacing one kept under it; the file is complete, and
     * readable, once the stream is closed. The caller closes it.
     */
    OutputStream create(String storageKey);

    /** Opens the file for reading; the caller closes the stream. Throws {@link UncheckedIOException} if it is not kept. */
    InputStream open(String storageKey);

    /** Deletes the file; true when it was there. */
    boolean delete(String storageKey);

    /** Keeps a complete file of this node's disk under the key; the file itself is gone afterwards. */
    default void moveIn(String storageKey, Path file) {
        try (OutputStream out = create(storageKey); InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + storageKey + " cannot be written", e);
        }
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The copied file " + file + " cannot be deleted", e);
        }
    }
}
