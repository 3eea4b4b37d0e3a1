package org.pledgetrack.core.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every kind of upload that must be refused, with the exact message the user reads. Shared by
 * the file store's own tests and by both upload paths (evidence, deliverable attachments), so
 * that the paths are proven to apply the same rules.
 */
public final class HostileUploads {

    private static final String RENAME = " Rename the file and upload it again.";
    private static final String NOT_ALLOWED = " is not a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG file.";
    private static final String WRONG_EXTENSION = " cannot be uploaded: only PDF, Word (DOCX), Excel (XLSX), PNG or JPEG "
            + "files are accepted, with names ending in .pdf, .png, .jpg, .jpeg, .docx or .xlsx.";
    private static final String PACKED_TOO_TIGHTLY = " is packed more than 100 to 1, which no Word or Excel file is; it was "
            + "refused as a precaution against \"zip bombs\".";
    private static final String FOLDERS = "A file name cannot contain \"/\", \"\\\" or \":\"." + RENAME;
    private static final String INVISIBLE = "The file name contains control or invisible characters." + RENAME;
    private static final String NO_NAME = "The file has no name. Rename it and upload it again.";
    private static final byte[] ONE_MEGABYTE_OF_ZEROS = new byte[1024 * 1024];

    private HostileUploads() {
    }

    /** One refused upload; {@code content} gives a fresh stream each time. */
    public record HostileUpload(String description, String fileName, Supplier<InputStream> content, String message) {

        @Override
        public String toString() {
            return description;
        }
    }

    /** Every hostile case for a store whose size limit is {@code maxBytes} (shown as {@code maxText}). */
    public static List<HostileUpload> all(long maxBytes, String maxText) {
        return List.of(
                new HostileUpload("one byte over the size limit", "big.pdf", () -> pdfOfLength(maxBytes + 1),
                        "\"big.pdf\" is larger than the maximum of " + maxText + "."),
                new HostileUpload("zero bytes", "empty.pdf", () -> bytes(new byte[0]), "\"empty.pdf\" is empty."),
                new HostileUpload("a Windows program renamed .pdf", "policy.pdf",
                        () -> bytes(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}), "\"policy.pdf\"" + NOT_ALLOWED),
                new HostileUpload("an HTML page with a script renamed .pdf", "policy.pdf",
                        () -> text("<html><script>alert(document.cookie)</script></html>"), "\"policy.pdf\"" + NOT_ALLOWED),
                new HostileUpload("a DOCX without [Content_Types].xml", "report.docx",
                        () -> bytes(zip("word/document.xml", 1)),
                        "\"report.docx\" is a ZIP archive but not a Word (DOCX) or Excel (XLSX) file."),
                new HostileUpload("a PDF named report.html", "report.html", Items::pdf, "\"report.html\"" + WRONG_EXTENSION),
                new HostileUpload("a PDF named setup.exe", "setup.exe", Items::pdf, "\"setup.exe\"" + WRONG_EXTENSION),
                new HostileUpload("a PDF named scan.png", "scan.png", Items::pdf,
                        "\"scan.png\" is a PDF file, but its name ends in .png. Rename it to end in .pdf and upload it again."),
                new HostileUpload("a DOCX zip bomb: one part packed 1,000 to 1", "bomb.docx",
                        () -> bytes(officeZip("word/document.xml", 20, 1)), "\"bomb.docx\"" + PACKED_TOO_TIGHTLY),
                new HostileUpload("a DOCX zip bomb: 199 parts of 1 MB in about 220 KB, 199 MB unpacked", "parts-bomb.docx",
                        () -> bytes(officeZip("word/part.xml", 1, 199)), "\"parts-bomb.docx\"" + PACKED_TOO_TIGHTLY),
                new HostileUpload("an XLSX zip bomb: 201 parts of 1 MB beside 2.5 MB of noise, over 200 MB in total",
                        "bomb.xlsx", () -> bytes(paddedOfficeZip("xl/worksheets/sheet.xml", 201)),
                        "\"bomb.xlsx\" unpacks to more than 200 MB; it was refused as a precaution against \"zip bombs\"."),
                new HostileUpload("a DOCX of 10,001 parts", "parts.docx", () -> bytes(officeZip("word/part.xml", 0, 10_001)),
                        "\"parts.docx\" has more than 10,000 parts, which no Word or Excel file has; it was refused as a "
                                + "precaution."),
                name("a name climbing folders with ../", "../../etc/passwd.pdf", FOLDERS),
                name("a name climbing folders with ..\\", "..\\..\\boot.pdf", FOLDERS),
                name("an absolute Unix path", "/etc/passwd.pdf", FOLDERS),
                name("an absolute Windows path", "C:\\Windows\\system.pdf", FOLDERS),
                name("a drive-relative Windows name", "C:policy.pdf", FOLDERS),
                name("a NUL character", "policy.pdf\u0000.exe", INVISIBLE),
                name("a line break", "policy\n.pdf", INVISIBLE),
                name("a right-to-left override", "invoice\u202Efdp.pdf", INVISIBLE),
                name("300 characters", "a".repeat(296) + ".pdf",
                        "The file name is too long (at most 255 characters)." + RENAME),
                name("an empty name", "", NO_NAME),
                name("only spaces", "   ", NO_NAME),
                name("only dots", "..", NO_NAME),
                name("no name at all", null, NO_NAME));
    }

    /** The names of the files in a file store's directory (none when it does not exist yet). */
    public static Set<String> filesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bad name on an otherwise acceptable PDF, so only the name can be the reason. */
    private static HostileUpload name(String description, String fileName, String message) {
        return new HostileUpload(description, fileName, Items::pdf, message);
    }

    private static InputStream pdfOfLength(long length) {
        return new SequenceInputStream(Items.pdf(), zeros(length - Items.PDF.length));
    }

    /** {@code count} zero bytes, made as they are read, so a file over the limit never sits in memory. */
    private static InputStream zeros(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    /**
     * A ZIP with [Content_Types].xml and {@code parts} parts named after {@code part}, each exactly
     * {@code megabytes} of zeros (or a tiny XML element for 0).
     */
    private static byte[] officeZip(String part, int megabytes, int parts) {
        return zip(part, megabytes, parts, true);
    }

    private static byte[] zip(String part, int parts) {
        return zip(part, 0, parts, false);
    }

    /**
     * Like {@link #officeZip} with parts of one megabyte, after a part of 2.5 MB of random bytes that do not
     * compress: the whole package then unpacks to less than 100 times its size, so only the 200 MB total stops it.
     */
    private static byte[] paddedOfficeZip(String part, int parts) {
        byte[] noise = new byte[5 * 512 * 1024];
        new Random(20).nextBytes(noise);
        return zip(part, 1, parts, true, noise);
    }

    private static byte[] zip(String part, int megabytes, int parts, boolean withContentTypes) {
        return zip(part, megabytes, parts, withContentTypes, new byte[0]);
    }

    private static byte[] zip(String part, int megabytes, int parts, boolean withContentTypes, byte[] noise) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (noise.length > 0) {
                zip.putNextEntry(new ZipEntry("docProps/noise.bin"));
                zip.write(noise);
            }
            if (withContentTypes) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < parts; i++) {
                zip.putNextEntry(new ZipEntry(i == 0 ? part : part.replace(".xml", i + ".xml")));
                for (int mb = 0; mb < megabytes; mb++) {
                    zip.write(ONE_MEGABYTE_OF_ZEROS);
                }
                if (megabytes == 0) {
                    zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream text(String content) {
        return bytes(content.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }
}
