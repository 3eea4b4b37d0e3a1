package org.pledgetrack.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files are readable by the application's user only, like evidence files. */
class ReportStorageTests {

    @TempDir Path directory;

    @Test
    void aReportFileIsReadableAndWritableByItsOwnerOnly() throws Exception {
        ReportStorage storage = new ReportStorage(directory);
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
        ReportStorage storage = new ReportStorage(directory);
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
}
