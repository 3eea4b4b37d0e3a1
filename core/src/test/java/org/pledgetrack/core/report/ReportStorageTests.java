package org.pledgetrack.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.files.LocalContentStore;
import org.springframework.util.unit.DataSize;

/** With the local store, report files have a folder of their own (owner-only files: {@code LocalContentStoreTests}). */
class ReportStorageTests {

    @TempDir Path directory;

    @Test
    void aReportsFolderOfTheirOwnHoldsTheReports() throws Exception {
        Path reports = directory.resolve("own-reports");
        ReportStorage storage = new ReportStorage(new ReportSettings(reports, Duration.ofDays(30), 500),
                filesIn(directory.resolve("unused")), LocalContentStore::new);
        String key = storage.newKey();

        try (OutputStream out = storage.create(key)) {
            out.write('x');
        }

        assertThat(reports.resolve(key)).exists();
    }

    @Test
    void withoutAReportsFolderOfTheirOwnReportsGoToTheFilesFolder() throws Exception {
        ReportStorage storage = new ReportStorage(new ReportSettings(null, Duration.ofDays(30), 500), filesIn(directory),
                LocalContentStore::new);
        String key = storage.newKey();

        try (OutputStream out = storage.create(key)) {
            out.write('x');
        }

        assertThat(directory.resolve("reports").resolve(key)).exists();
    }

    private static FileProperties filesIn(Path files) {
        return new FileProperties(FileProperties.Store.LOCAL, files, DataSize.ofMegabytes(20), DataSize.ofGigabytes(2),
                DataSize.ofMegabytes(50), Duration.ofMinutes(10), Duration.ofDays(30));
    }
}
