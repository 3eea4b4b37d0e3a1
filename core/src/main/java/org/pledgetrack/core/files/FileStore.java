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
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

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
     * Stores the content if its name passes {@link FileNames#checked} and it is a PDF, DOCX, XLSX,
     * PNG or JPEG no larger than the configured maximum (an Office file also within the
     * {@link OfficePackage} limits); otherwise throws {@link IllegalArgumentException} with a
     * message for the user and keeps nothing: a refused name is refused before anything is
     * written, a refused content is deleted before this returns.
     *
     * @param originalFilename the name the user's file had; kept for display only
     */
    public StoredFile store(InputStream content, String originalFilename) {
        String name = FileNames.checked(originalFilename);
        String key = UUID.randomUUID().toString().replace("-", "");
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
            Files.move(temp, pathOf(key), StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, HexFormat.of().formatHex(sha256.digest()), size, type.contentType(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the file " + name, e);
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

    private long copyLimited(InputStream content, Path temp, MessageDigest sha256, String name)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
            for (int n; (n = content.read(buffer)) != -1; ) {
                size += n;
                if (size > maxBytes) {
                    throw new IllegalArgumentException("\"" + name + "\" is larger than the maximum of "
                            + readable(maxBytes) + ".");
                }
                out.write(buffer, 0, n);
            }
        }
        return size;
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
                        : "\"" + name + "\" is not a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG file."));
    }

    /** "20 MB", or "64 KB" below a megabyte, as the limit is configured. */
    private static String readable(long bytes) {
        DataSize size = DataSize.ofBytes(bytes);
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
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
