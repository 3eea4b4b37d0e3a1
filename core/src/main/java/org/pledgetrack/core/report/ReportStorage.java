package org.pledgetrack.core.report;

import java.io.InputStream;
import java.io.OutputStream;

import org.pledgetrack.core.files.ContentStore;
import org.pledgetrack.core.files.ContentStores;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.files.StorageKeys;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where report files (and other files a job generates for download) live: in the {@link ContentStore} that
 * {@code pledgetrack.files.store} chooses, so with the database store a file a job wrote on one node downloads
 * from any node. With the local store they are in {@code pledgetrack.reports.dir} (default {@code reports}
 * beside the evidence files). Each is under a random key like the evidence files of
 * {@code core.files.FileStore}; unlike evidence, report files are written by the job as a stream, so they need
 * no type check.
 */
@Component
@EnableConfigurationProperties(ReportSettings.class)
public class ReportStorage {

    private final ContentStore content;

    ReportStorage(ReportSettings settings, FileProperties files, ContentStores stores) {
        this.content = stores.forFolder(settings.dir() != null ? settings.dir() : files.dir().resolve("reports"));
    }

    public String newKey() {
        return StorageKeys.newKey();
    }

    /**
     * Creates (or replaces) the file for the key; it can be read once the stream is closed. On this node's disk
     * it is readable and writable by the application's user only (0600, like evidence files: a report holds
     * every agency's figures). The caller closes the stream.
     */
    public OutputStream create(String storageKey) {
        return content.create(storageKey);
    }

    InputStream open(String storageKey) {
        return content.open(storageKey);
    }

    public void delete(String storageKey) {
        content.delete(storageKey);
    }
}
