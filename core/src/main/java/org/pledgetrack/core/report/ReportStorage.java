package org.pledgetrack.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where report files live: {@code pledgetrack.reports.dir} (default {@code reports} beside the
 * evidence files), each under a random key like the evidence files of {@code core.files.FileStore}.
 * Unlike evidence, report files are written by the job as a stream, so they need no type check.
 */
@Component
public class ReportStorage {

    private static final Pattern STORAGE_KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path directory;

    ReportStorage(@Value("${pledgetrack.reports.dir:${pledgetrack.files.dir:data/files}/reports}") Path directory) {
        this.directory = directory;
    }

    public String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** Creates (or replaces) the file for the key; the caller closes the stream. */
    public OutputStream create(String storageKey) {
        try {
            Files.createDirectories(directory);
            return Files.newOutputStream(pathOf(storageKey));
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
