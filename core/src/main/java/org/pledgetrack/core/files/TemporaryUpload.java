package org.pledgetrack.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload received from the browser into a temporary file named by us, before a service stores or
 * imports it. The name and the declared size are checked before the file is created, and the bytes are
 * counted as they arrive: the write that would pass the limit is refused and the partial file deleted, so
 * a 300 MB upload leaves at most the limit on disk for a moment, then nothing. The service call comes after
 * the whole upload has arrived, so a slow upload never holds a database transaction open. Closing deletes
 * the file.
 */
public final class TemporaryUpload implements AutoCloseable {

    private final String name;
    private final Path file;
    private final long size;

    private TemporaryUpload(String name, Path file, long size) {
        this.name = name;
        this.file = file;
        this.size = size;
    }

    /**
     * Receives {@code content} into a new file in {@code directory}, or throws {@link IllegalArgumentException}
     * with a message for the user, leaving no file, when the name or size breaks {@code limit}.
     *
     * @param declaredBytes the size the request announced; negative when it announced none
     */
    public static TemporaryUpload receive(InputStream content, String originalFilename, long declaredBytes,
                                          UploadLimit limit, Path directory) {
        String name = limit.checkedName(originalFilename);
        limit.checkDeclaredSize(name, declaredBytes);
        Path file = null;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "pledgetrack-upload-", ".part");
            long size;
            try (OutputStream out = limit.bound(Files.newOutputStream(file), name)) {
                size = content.transferTo(out);
            }
            TemporaryUpload upload = new TemporaryUpload(name, file, size);
            file = null;
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the upload " + name, e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The checked name of the user's file. */
    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    /** The received bytes; the caller closes the stream. */
    public InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("The upload " + name + " cannot be read", e);
        }
    }

    /** Deletes the file. */
    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the system's temporary directory is cleaned by the system; nothing refers to the file
            }
        }
    }
}
