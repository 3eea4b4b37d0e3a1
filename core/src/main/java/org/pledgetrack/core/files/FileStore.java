package org.pledgetrack.core.files;

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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps uploaded files on disk under {@code pledgetrack.files.dir}. Each file is stored under a
 * random key, so a user-supplied name can never become a path; its type is taken from its content
 * and its SHA-256 is computed while it is written. Callers keep the returned {@link StoredFile}
 * and check access before calling {@link #open(String)}.
 */
@Component
public class FileStore {

    private static final Pattern STORAGE_KEY = Pattern.compile("[0-9a-f]{32}");
    private static final int HEAD_BYTES = 16;

    private final Path directory;
    private final long maxBytes;

    FileStore(@Value("${pledgetrack.files.dir:data/files}") Path directory,
              @Value("${pledgetrack.files.max-size:20MB}") DataSize maxSize) {
        this.directory = directory;
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores the content if it is a PDF, DOCX, XLSX, PNG or JPEG no larger than the configured
     * maximum; otherwise throws {@link IllegalArgumentException} with a message for the user and
     * keeps nothing.
     *
     * @param declaredName the name the user's file had, used only in messages
     */
    public StoredFile store(InputStream content, String declaredName) {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = pathOf(key);
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, temp, sha256, declaredName);
            if (size == 0) {
                throw new IllegalArgumentException("\"" + declaredName + "\" is empty.");
            }
            FileType type = detect(temp).orElseThrow(() -> new IllegalArgumentException(
                    "\"" + declaredName + "\" is not a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG file."));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, HexFormat.of().formatHex(sha256.digest()), size, type.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file " + declaredName, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Opens a stored file for reading; the caller closes the stream. */
    public InputStream open(String storageKey) {
        try {
            return Files.newInputStream(pathOf(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + storageKey + " cannot be read", e);
        }
    }

    private Path pathOf(String storageKey) {
        if (!STORAGE_KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return directory.resolve(storageKey);
    }

    private long copyLimited(InputStream content, Path temp, MessageDigest sha256, String declaredName)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
            for (int n; (n = content.read(buffer)) != -1; ) {
                size += n;
                if (size > maxBytes) {
                    throw new IllegalArgumentException("\"" + declaredName + "\" is larger than the maximum of "
                            + DataSize.ofBytes(maxBytes).toMegabytes() + " MB.");
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private static java.util.Optional<FileType> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return FileType.detect(head, FileType.isZip(head) ? zipEntries(file) : Set.of());
    }

    private static Set<String> zipEntries(Path file) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        } catch (IOException e) {
            return Set.of(); // a broken ZIP is simply not an Office file
        }
        return names;
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
