package org.pledgetrack.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgetrack.core.testsupport.GeneratedUpload;
import org.pledgetrack.core.testsupport.HostileUploads;
import org.springframework.util.unit.DataSize;

class TemporaryUploadTests {

    static final long TWENTY_MEGABYTES = DataSize.ofMegabytes(20).toBytes();
    static final long THREE_HUNDRED_MEGABYTES = DataSize.ofMegabytes(300).toBytes();
    /** The largest write {@code InputStream.transferTo} makes. */
    static final int ONE_BUFFER = 64 * 1024;

    static final UploadLimit EVIDENCE = new UploadLimit(TWENTY_MEGABYTES, FileType.allExtensions(), FileType.ACCEPTED);

    @TempDir
    Path dir;

    @Test
    void threeHundredMegabytesAreRefusedBeforeMoreThanTheLimitReachesTheDiskAndNothingIsLeft() {
        // no declared size, as a chunked request sends it: only counting the bytes can stop it
        GeneratedUpload upload = new GeneratedUpload(THREE_HUNDRED_MEGABYTES, dir);

        assertThatThrownBy(() -> TemporaryUpload.receive(upload, "big.pdf", -1, EVIDENCE, dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"big.pdf\" is larger than the maximum of 20 MB.");
        assertThat(upload.peakBytesOnDisk()).isLessThanOrEqualTo(TWENTY_MEGABYTES + ONE_BUFFER);
        assertThat(upload.bytesRead()).isLessThan(DataSize.ofMegabytes(21).toBytes());
        assertThat(HostileUploads.filesIn(dir)).isEmpty();
    }

    @Test
    void declaredSizeOverTheLimitIsRefusedBeforeAByteIsRead() {
        GeneratedUpload upload = new GeneratedUpload(THREE_HUNDRED_MEGABYTES, dir);

        assertThatThrownBy(() -> TemporaryUpload.receive(upload, "big.pdf", THREE_HUNDRED_MEGABYTES, EVIDENCE, dir))
                .hasMessage("\"big.pdf\" is larger than the maximum of 20 MB.");
        assertThat(upload.bytesRead()).isZero();
        assertThat(HostileUploads.filesIn(dir)).isEmpty();
    }

    @Test
    void nameWithAnExtensionNotAcceptedIsRefusedBeforeAByteIsRead() {
        GeneratedUpload upload = new GeneratedUpload(1000, dir);

        assertThatThrownBy(() -> TemporaryUpload.receive(upload, "setup.exe", 1000, EVIDENCE, dir))
                .hasMessage("\"setup.exe\" cannot be uploaded: only PDF, Word (DOCX), Excel (XLSX), PNG or JPEG files "
                        + "are accepted, with names ending in .pdf, .png, .jpg, .jpeg, .docx or .xlsx.");
        assertThat(upload.bytesRead()).isZero();
        assertThat(HostileUploads.filesIn(dir)).isEmpty();
    }

    @Test
    void fileOfExactlyTheLimitIsReceivedWholeAndDeletedOnClose() throws IOException {
        UploadLimit csv = new UploadLimit(1000, List.of("csv"), "CSV");
        TemporaryUpload received = TemporaryUpload.receive(new ByteArrayInputStream(new byte[1000]), " roster.CSV ", 1000,
                csv, dir);

        assertThat(received.name()).isEqualTo("roster.CSV");
        assertThat(received.size()).isEqualTo(1000);
        try (InputStream in = received.open()) {
            assertThat(in.readAllBytes()).hasSize(1000);
        }
        assertThat(HostileUploads.filesIn(dir)).hasSize(1);
        received.close();
        assertThat(HostileUploads.filesIn(dir)).isEmpty();
    }
}
