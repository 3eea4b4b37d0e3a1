package org.pledgetrack.batch.rosterimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.pledgetrack.core.files.UploadLimit;
import org.pledgetrack.core.files.FileProperties;
import org.springframework.stereotype.Component;

/**
 * Where an uploaded roster waits for its job: {@code <files dir>/roster-imports/<import id>.csv},
 * named by the import id so that a user-supplied name never becomes a path. Deleted when the job
 * ends, because the file holds people's names and e-mail addresses.
 */
@Component
class RosterImportFiles {

    private final Path directory;

    RosterImportFiles(FileProperties files) {
        this.directory = files.dir().resolve("roster-imports");
    }

    /** A roster written to a file of its own, with its size and SHA-256, waiting for its import id. */
    record Received(Path file, long size, String sha256) {
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

    /** Makes a received roster the file of its import. */
    void keep(Received received, long importId) {
        try {
            Files.move(received.file(), pathOf(importId), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the roster file for import " + importId, e);
        }
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

    Path pathOf(long importId) {
        return directory.resolve(importId + ".csv");
    }

    void delete(long importId) {
        try {
            Files.deleteIfExists(pathOf(importId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the roster file of import " + importId, e);
        }
    }
}
