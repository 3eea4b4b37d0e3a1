package org.pledgetrack.core.files;

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
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Keeps uploaded evidence and attachment files in the {@link ContentStore} that {@code pledgetrack.files.store}
 * chooses (this node's {@code pledgetrack.files.dir}, or the database). Each file is stored under a
 * random key, so a user-supplied name can never become a path; its type is taken from its content,
 * must agree with the name's extension, and its SHA-256 is computed while it is written. The checks read the
 * upload in a temporary file in {@code pledgetrack.files.dir} (an Office file is opened as a ZIP), and only a
 * file that passes them is kept. Callers keep the returned {@link StoredFile} and check access before calling
 * {@link #open(String)}. A file stored inside a transaction that rolls back is deleted.
 */
@Component
public class FileStore {

    private static final int HEAD_BYTES = 16;

    private final Path directory;
    private final ContentStore kept;
    private final UploadLimit limit;

    @Autowired
    FileStore(FileProperties properties, ContentStores stores) {
        this(properties.dir(), properties.maxSize(), stores.forFolder(properties.dir()));
    }

    /** @param directory where uploads are checked, and with the local store kept */
    FileStore(Path directory, DataSize maxSize, ContentStore content) {
        this.directory = directory;
        this.kept = content;
        this.limit = new UploadLimit(maxSize.toBytes(), FileType.allExtensions(), FileType.ACCEPTED);
    }

    /** The names and size {@link #store} accepts, for the upload paths to apply before they keep a byte. */
    public UploadLimit uploadLimit() {
        return limit;
    }

    /**
     * Stores the content if its name passes {@link UploadLimit#checkedName} and it is a PDF, DOCX, XLSX,
     * PNG or JPEG no larger than the configured maximum (an Office file also within the
     * {@link OfficePackage} limits) whose name ends in that type's extension; otherwise throws
     * {@link IllegalArgumentException} with a message for the user and keeps nothing: a refused name
     * is refused before anything is written, a file over the limit stops being written at the limit,
     * a refused content is deleted before this returns.
     *
     * @param originalFilename the name the user's file had; kept for display only
     */
    public StoredFile store(InputStream content, String originalFilename) {
        String name = limit.checkedName(originalFilename);
        String key = StorageKeys.newKey();
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, temp, sha256, name);
            if (size == 0) {
                throw new IllegalArgumentException("\"" + name + "\" is empty.");
            }
            FileType type = detect(temp, name);
            if (!type.matchesName(name)) {
                throw new IllegalArgumentException("\"" + name + "\" is a " + type.label() + " file, but its name ends in ."
                        + FileNames.extensionOf(name) + ". Rename it to end in ." + type.extension()
                        + " and upload it again.");
            }
            kept.moveIn(key, temp);
            deleteIfRolledBack(key);
            return new StoredFile(key, HexFormat.of().formatHex(sha256.digest()), size, type.contentType(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A file stored for a row that never commits (a refused quota, a failed insert) would take space that
     * no row accounts for: when the caller's transaction rolls back, the file goes too.
     */
    private void deleteIfRolledBack(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        delete(key);
                    }
                }
            });
        }
    }

    /** Deletes a stored file; true when it was there. */
    public boolean delete(String storageKey) {
        return kept.delete(storageKey);
    }

    /** Opens a stored file for reading; the caller closes the stream. */
    public InputStream open(String storageKey) {
        return kept.open(storageKey);
    }

    private long copyLimited(InputStream content, Path temp, MessageDigest sha256, String name)
            throws IOException {
        try (OutputStream out = limit.bound(new DigestOutputStream(Files.newOutputStream(temp), sha256), name)) {
            return content.transferTo(out);
        }
    }

    private static FileType detect(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        boolean zip = FileType.isZip(head);
        return FileType.detect(head, zip ? OfficePackage.partNames(file, name) : Set.of())
                .orElseThrow(() -> new IllegalArgumentException(zip
                        ? "\"" + name + "\" is a ZIP archive but not a Word (DOCX) or Excel (XLSX) file."
                        : "\"" + name + "\" is not a " + FileType.ACCEPTED + " file."));
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover .part file holds no reference and is harmless
            }
        }
    }
}
