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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgetrack.core.testsupport.GeneratedUpload;
import org.pledgetrack.core.testsupport.HostileUploads;
import org.pledgetrack.core.testsupport.HostileUploads.HostileUpload;
import org.springframework.util.unit.DataSize;

class FileStoreTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static final DataSize FOUR_MEGABYTES = DataSize.ofMegabytes(4);

    @TempDir
    Path dir;

    FileStore store() {
        return new FileStore(dir, DataSize.ofKilobytes(64), new LocalContentStore(dir));
    }

    @Test
    void storesAPdfUnderARandomKeyWithItsSha256() throws Exception {
        StoredFile stored = store().store(new ByteArrayInputStream(PDF), " Use of force policy (2026).pdf ");

        assertThat(stored.originalFilename()).isEqualTo("Use of force policy (2026).pdf");
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
    void typeComesFromContentAndTheNameMustAgree() {
        assertThat(store().store(new ByteArrayInputStream(PDF), "scan.PDF").contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(PDF), "scan.docx"))
                .hasMessage("\"scan.docx\" is a PDF file, but its name ends in .docx. Rename it to end in .pdf and "
                        + "upload it again.");
    }

    @Test
    void threeHundredMegabytesStopBeingWrittenAtTheLimitAndNothingIsKept() {
        FileStore store = new FileStore(dir, DataSize.ofMegabytes(20), new LocalContentStore(dir));
        GeneratedUpload upload = new GeneratedUpload(DataSize.ofMegabytes(300).toBytes(), dir);

        assertThatThrownBy(() -> store.store(upload, "big.pdf")).hasMessage("\"big.pdf\" is larger than the maximum of 20 MB.");
        assertThat(upload.peakBytesOnDisk()).isLessThanOrEqualTo(DataSize.ofMegabytes(20).toBytes() + 64 * 1024);
        assertThat(HostileUploads.filesIn(dir)).isEmpty();
    }

    @Test
    void recognizesImagesAndOfficeFiles() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
        assertThat(store().store(new ByteArrayInputStream(png), "a.png").contentType()).isEqualTo("image/png");
        assertThat(store().store(new ByteArrayInputStream(jpeg), "b.jpg").contentType()).isEqualTo("image/jpeg");
        assertThat(store().store(new ByteArrayInputStream(jpeg), "b.jpeg").contentType()).isEqualTo("image/jpeg");
        assertThat(store().store(new ByteArrayInputStream(zip("word/document.xml")), "c.docx").contentType())
                .isEqualTo(FileType.DOCX.contentType());
        assertThat(store().store(new ByteArrayInputStream(zip("xl/workbook.xml")), "d.xlsx").contentType())
                .isEqualTo(FileType.XLSX.contentType());
    }

    static List<HostileUpload> hostileUploads() {
        return HostileUploads.all(FOUR_MEGABYTES.toBytes(), "4 MB");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileUploads")
    void hostileUploadIsRefusedWithItsMessageAndNothingIsKept(HostileUpload upload) throws IOException {
        FileStore store = new FileStore(dir, FOUR_MEGABYTES, new LocalContentStore(dir));

        assertThatThrownBy(() -> store.store(upload.content().get(), upload.fileName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(upload.message());
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void spreadsheetWithSeveralMegabytesOfCellsIsNotTakenForAZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Random random = new Random(42);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int row = 1; row <= 60_000; row++) {
                zip.write(("<row r=\"" + row + "\"><c r=\"A" + row + "\"><v>" + random.nextInt(1_000_000)
                        + "</v></c></row>").getBytes(StandardCharsets.UTF_8));
            }
        }

        StoredFile stored = new FileStore(dir, FOUR_MEGABYTES, new LocalContentStore(dir))
                .store(new ByteArrayInputStream(bytes.toByteArray()), "sheet.xlsx");

        assertThat(stored.contentType()).isEqualTo(FileType.XLSX.contentType());
    }

    @Test
    void limitBelowAMegabyteIsNamedInKilobytes() {
        byte[] big = Arrays.copyOf(PDF, 65 * 1024);
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(big), "big.pdf"))
                .hasMessage("\"big.pdf\" is larger than the maximum of 64 KB.");
    }

    @Test
    void onlyStorageKeysCanBeOpened() {
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A small, real-looking Office package: [Content_Types].xml and the given part. */
    static byte[] zip(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
