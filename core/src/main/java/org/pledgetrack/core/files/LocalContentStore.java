package org.pledgetrack.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps files in a folder of this node ({@code pledgetrack.files.store=local}, the default): one file per key,
 * readable and writable by the application's user only (0600: evidence and reports hold agencies' data).
 * Only this node can read them, so with several nodes use the {@link DatabaseContentStore}.
 */
public final class LocalContentStore implements ContentStore {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;

    public LocalContentStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public OutputStream create(String storageKey) {
        try {
            Files.createDirectories(directory);
            Path path = pathOf(storageKey);
            if (!POSIX) {
                return Files.newOutputStream(path);
            }
            OutputStream out = Channels.newOutputStream(Files.newByteChannel(path,
                    EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING), PosixFilePermissions.asFileAttribute(OWNER_ONLY)));
            Files.setPosixFilePermissions(path, OWNER_ONLY); // a replaced file keeps the mode it was created with
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + storageKey + " cannot be written", e);
        }
    }

    @Override
    public InputStream open(String storageKey) {
        try {
            return Files.newInputStream(pathOf(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + storageKey + " cannot be read", e);
        }
    }

    @Override
    public boolean delete(String storageKey) {
        try {
            return Files.deleteIfExists(pathOf(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + storageKey + " cannot be deleted", e);
        }
    }

    /** A rename, when the file is in this store's folder already (where the upload checks put it). */
    @Override
    public void moveIn(String storageKey, Path file) {
        try {
            Files.createDirectories(directory);
            Files.move(file, pathOf(storageKey), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file " + storageKey + " cannot be written", e);
        }
    }

    private Path pathOf(String storageKey) {
        return directory.resolve(StorageKeys.checked(storageKey));
    }
}
