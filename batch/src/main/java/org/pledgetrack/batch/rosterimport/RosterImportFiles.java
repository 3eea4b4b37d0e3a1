package org.pledgetrack.batch.rosterimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.pledgetrack.core.files.ContentStore;
import org.pledgetrack.core.files.ContentStores;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.files.StorageKeys;
import org.pledgetrack.core.files.UploadLimit;
import org.springframework.stereotype.Component;

/**
 * Where an uploaded roster waits for its jobs: received into {@code <files dir>/roster-imports} (counted and
 * refused at the limit as it arrives), then kept in the file store ({@code pledgetrack.files.store}) under a
 * random key that its import row records, so that with the database store the check or import may run on any
 * node. Deleted when the import ends, because the file holds people's names and e-mail addresses.
 */
@Component
class RosterImportFiles {

    private final Path directory;
    private final ContentStore content;
    private final RosterImportRepository imports;

    RosterImportFiles(FileProperties files, ContentStores stores, RosterImportRepository imports) {
        this.directory = files.dir().resolve("roster-imports");
        this.content = stores.forFolder(directory);
        this.imports = imports;
    }

    /** A roster written to a file of its own, with its size and SHA-256, waiting for its import id. */
    record Received(Path file, long size, String sha256) {
    }

    /** A kept roster, to be read as often as a job needs. */
    record Upload(long importId, String storageKey, long size) {
    }

    /**
     * Streams the roster into a new file, computing its SHA-256 on the way and refusing, with a message
     * for the user and no file left, the write that would pass the limit: the file is never whole in memory.
     */
    Received receive(InputStream content, String name, UploadLimit limit) {
        Path file = null;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = limit.bound(new DigestOutputStream(Files.newOutputStream(file), sha256), name)) {
                size = content.transferTo(out);
            }
            Received received = new Received(file, size, HexFormat.of().formatHex(sha256.digest()));
            file = null;
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the roster file " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            discard(file);
        }
    }

    /** Makes a received roster the file of its import: the row names the key before the file is kept under it. */
    void keep(Received received, long importId) {
        String storageKey = StorageKeys.newKey();
        imports.setUpload(importId, storageKey, received.size());
        content.moveIn(storageKey, received.file());
    }

    /** Deletes a received roster that will not be imported. */
    void discard(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the roster file " + file, e);
        }
    }

    /** The import's roster; {@link IllegalStateException} when it has none (any more). */
    Upload upload(long importId) {
        return imports.findUpload(importId).orElseThrow(() -> new IllegalStateException(
                "The uploaded roster of this import is no longer kept. Upload the file again."));
    }

    /** Opens the roster for reading; the caller closes the stream. */
    InputStream open(Upload upload) {
        return content.open(upload.storageKey());
    }

    void delete(long importId) {
        imports.findUpload(importId).ifPresent(upload -> content.delete(upload.storageKey()));
    }
}
