package org.pledgetrack.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class FileStoreTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    FileStore store() {
        return new FileStore(dir, DataSize.ofKilobytes(64));
    }

    @Test
    void storesAPdfUnderARandomKeyWithItsSha256() throws Exception {
        StoredFile stored = store().store(new ByteArrayInputStream(PDF), "../../etc/passwd.pdf");

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(PDF.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(stored.storageKey()).matches("[0-9a-f]{32}");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(stored.storageKey());
        }
        try (InputStream in = store().open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void typeComesFromContentNotFromTheName() {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(executable), "policy.pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("policy.pdf").hasMessageContaining("is not a PDF");
        assertThat(store().store(new ByteArrayInputStream(PDF), "scan.png").contentType()).isEqualTo("application/pdf");
    }

    @Test
    void recognizesImagesAndOfficeFiles() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
        assertThat(store().store(new ByteArrayInputStream(png), "a").contentType()).isEqualTo("image/png");
        assertThat(store().store(new ByteArrayInputStream(jpeg), "b").contentType()).isEqualTo("image/jpeg");
        assertThat(store().store(new ByteArrayInputStream(zip("word/document.xml")), "c").contentType())
                .isEqualTo(FileType.DOCX.contentType());
        assertThat(store().store(new ByteArrayInputStream(zip("xl/workbook.xml")), "d").contentType())
                .isEqualTo(FileType.XLSX.contentType());
    }

    @Test
    void plainZipIsRefused() throws IOException {
        byte[] plainZip = zip(null);
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(plainZip), "archive.docx"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fileOverTheLimitIsRefusedAndNothingIsKept() throws IOException {
        byte[] big = new byte[70 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(big), "big.pdf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("larger than");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(new byte[0]), "empty.pdf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void onlyStorageKeysCanBeOpened() {
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A ZIP with [Content_Types].xml and the given part, or a plain ZIP when {@code part} is null. */
    static byte[] zip(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (part != null) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry(part));
            } else {
                zip.putNextEntry(new ZipEntry("notes.txt"));
            }
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
