package org.pledgetrack.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files on this node's disk (evidence, reports) are readable by the application's user only. */
class LocalContentStoreTests {

    @TempDir Path directory;

    @Test
    void aFileIsReadableAndWritableByItsOwnerOnly() throws Exception {
        LocalContentStore store = new LocalContentStore(directory);
        String key = StorageKeys.newKey();

        try (OutputStream out = store.create(key)) {
            out.write("ori,agency\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(key))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(directory.resolve(key))).isEqualTo("ori,agency\n");
    }

    @Test
    void aReplacedFileIsMadeOwnerOnlyToo() throws Exception {
        LocalContentStore store = new LocalContentStore(directory);
        String key = StorageKeys.newKey();
        Files.writeString(directory.resolve(key), "older and longer content");
        Files.setPosixFilePermissions(directory.resolve(key), PosixFilePermissions.fromString("rw-r--r--"));

        try (OutputStream out = store.create(key)) {
            out.write("new".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(key))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(directory.resolve(key))).isEqualTo("new");
    }
}
