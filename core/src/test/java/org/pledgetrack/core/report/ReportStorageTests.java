package org.pledgetrack.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgetrack.core.files.FileProperties;
import org.springframework.util.unit.DataSize;

/** Report files are readable by the application's user only, like evidence files. */
class ReportStorageTests {

    @TempDir Path directory;

    @Test
    void aReportFileIsReadableAndWritableByItsOwnerOnly() throws Exception {
        ReportStorage storage = storageIn(directory);
        String key = storage.newKey();

        try (OutputStream out = storage.create(key)) {
            out.write("ori,agency\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(key))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(directory.resolve(key))).isEqualTo("ori,agency\n");
    }

    @Test
    void aReplacedFileIsMadeOwnerOnlyToo() throws Exception {
        ReportStorage storage = storageIn(directory);
        String key = storage.newKey();
        Files.writeString(directory.resolve(key), "older and longer content");
        Files.setPosixFilePermissions(directory.resolve(key), PosixFilePermissions.fromString("rw-r--r--"));

        try (OutputStream out = storage.create(key)) {
            out.write("new".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(key))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(directory.resolve(key))).isEqualTo("new");
    }

    @Test
    void withoutAReportsFolderOfTheirOwnReportsGoToTheFilesFolder() throws Exception {
        ReportStorage storage = new ReportStorage(new ReportSettings(null, Duration.ofDays(30), 500), filesIn(directory));
        String key = storage.newKey();

        try (OutputStream out = storage.create(key)) {
            out.write('x');
        }

        assertThat(directory.resolve("reports").resolve(key)).exists();
    }

    private static ReportStorage storageIn(Path reports) {
        return new ReportStorage(new ReportSettings(reports, Duration.ofDays(30), 500), filesIn(reports.resolve("unused")));
    }

    private static FileProperties filesIn(Path files) {
        return new FileProperties(files, DataSize.ofMegabytes(20), DataSize.ofGigabytes(2), DataSize.ofMegabytes(50),
                Duration.ofMinutes(10), Duration.ofDays(30));
    }
}
