package org.pledgetrack.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.pledgetrack.core.files.FileProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where report files live: {@code pledgetrack.reports.dir} (default {@code reports} beside the
 * evidence files), each under a random key like the evidence files of {@code core.files.FileStore}.
 * Unlike evidence, report files are written by the job as a stream, so they need no type check.
 */
@Component
@EnableConfigurationProperties(ReportSettings.class)
public class ReportStorage {

    private static final Pattern STORAGE_KEY = Pattern.compile("[0-9a-f]{32}");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path directory;

    ReportStorage(ReportSettings settings, FileProperties files) {
        this.directory = settings.dir() != null ? settings.dir() : files.dir().resolve("reports");
    }

    public String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Creates (or replaces) the file for the key, readable and writable by the application's user only
     * (0600, like evidence files: a report holds every agency's figures); the caller closes the stream.
     */
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
            throw new UncheckedIOException("Report file " + storageKey + " cannot be written", e);
        }
    }

    InputStream open(String storageKey) {
        try {
            return Files.newInputStream(pathOf(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Report file " + storageKey + " cannot be read", e);
        }
    }

    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(pathOf(storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Report file " + storageKey + " cannot be deleted", e);
        }
    }

    private Path pathOf(String storageKey) {
        if (!STORAGE_KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return directory.resolve(storageKey);
    }
}
