package org.pledgetrack.core.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file types accepted as evidence and attachments, recognized by their first bytes and, for
 * Office files, by the parts inside the ZIP container. The name's extension must agree with what the
 * content is ({@link #matchesName}), so a PDF is never kept, and later downloaded, as "report.html".
 */
public enum FileType {
    PDF("PDF", "application/pdf", "pdf"),
    PNG("PNG image", "image/png", "png"),
    JPEG("JPEG image", "image/jpeg", "jpg", "jpeg"),
    DOCX("Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("Excel (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /** How users know the accepted types, in messages and hints. */
    public static final String ACCEPTED = "PDF, Word (DOCX), Excel (XLSX), PNG or JPEG";

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String label;
    private final String contentType;
    private final List<String> extensions;

    FileType(String label, String contentType, String... extensions) {
        this.label = label;
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    /** The type as users read it: "PDF", "Word (DOCX)", ... */
    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    /** The extension a file of this type is named with (the first of its extensions, without the dot). */
    public String extension() {
        return extensions.getFirst();
    }

    /** Every extension of every type, without dots, in the order of the types. */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(type -> type.extensions.stream()).toList();
    }

    /** Whether {@code name} ends in one of this type's extensions (in any case). */
    boolean matchesName(String name) {
        return extensions.contains(FileNames.extensionOf(name).toLowerCase(Locale.ROOT));
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
