package org.pledgetrack.core.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The file types accepted as evidence and attachments, recognized by their first bytes and, for
 * Office files, by the parts inside the ZIP container; a file's name is never trusted.
 */
public enum FileType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String contentType;

    FileType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * Recognizes a type from the file's head and, for ZIP containers, the names of its entries.
     *
     * @param head       the first bytes of the file
     * @param zipEntries entry names when the file is a ZIP container, empty otherwise
     */
    static Optional<FileType> detect(byte[] head, Set<String> zipEntries) {
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(PDF);
        } else if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        } else if (startsWith(head, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        } else if (isZip(head) && zipEntries.contains("[Content_Types].xml")) {
            if (zipEntries.stream().anyMatch(name -> name.startsWith("word/"))) {
                return Optional.of(DOCX);
            } else if (zipEntries.stream().anyMatch(name -> name.startsWith("xl/"))) {
                return Optional.of(XLSX);
            }
        }
        return Optional.empty();
    }

    static boolean isZip(byte[] head) {
        return startsWith(head, ZIP_MAGIC);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
