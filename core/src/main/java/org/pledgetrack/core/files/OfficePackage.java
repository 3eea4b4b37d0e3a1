package org.pledgetrack.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lists the parts of a ZIP container (a DOCX or XLSX is one) while guarding against "zip bombs":
 * every part is inflated through a fixed buffer and counted, never kept, and the check stops as
 * soon as a limit is passed. The sizes a ZIP declares are not trusted; only inflated bytes count.
 * <ul>
 *   <li>at most {@value #MAX_PARTS} parts;</li>
 *   <li>at most 200 MB unpacked in total (a large real spreadsheet unpacks to about ten times its size);</li>
 *   <li>the whole package may not unpack to more than {@value #MAX_RATIO} times the file's size,
 *       counted over all parts together once they pass 1 MB: many small parts packed 1,000 to 1 add up
 *       (199 parts of 1 MB in a 220 KB file), so exempting small parts one by one let them through;</li>
 *   <li>no part larger than 1 MB unpacked may be packed more than {@value #MAX_RATIO} to 1, so padding
 *       the file with incompressible parts does not hide one inflated part.</li>
 * </ul>
 * Real Office XML stays far below 100 to 1 (a large spreadsheet about 10 to 1); a package under 1 MB
 * unpacked passes the ratio rules whatever its ratio, because tiny XML files can compress that well.
 */
final class OfficePackage {

    private static final int MAX_PARTS = 10_000;
    private static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    private static final int MAX_RATIO = 100;
    private static final long RATIO_EXEMPT_BYTES = 1024 * 1024;

    private OfficePackage() {
    }

    /**
     * The names of the container's parts; empty when the file is not a readable ZIP. Throws
     * {@link IllegalArgumentException} with a message for the user when a limit is passed.
     */
    static Set<String> partNames(Path file, String name) {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long fileSize = Math.max(1, Files.size(file));
            long unpacked = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                if (names.size() > MAX_PARTS) {
                    throw new IllegalArgumentException("\"" + name + "\" has more than 10,000 parts, which no Word or "
                            + "Excel file has; it was refused as a precaution.");
                }
                unpacked += unpackedSize(zip, entry, MAX_UNPACKED_BYTES - unpacked, name);
                if (unpacked > RATIO_EXEMPT_BYTES && unpacked > fileSize * MAX_RATIO) {
                    throw packedTooTightly(name);
                }
            }
        } catch (IOException e) {
            return Set.of(); // a broken ZIP is simply not an Office file
        }
        return names;
    }

    private static long unpackedSize(ZipFile zip, ZipEntry entry, long allowed, String name) throws IOException {
        long packed = Math.max(1, entry.getCompressedSize());
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                size += n;
                if (size > allowed) {
                    throw new IllegalArgumentException("\"" + name + "\" unpacks to more than 200 MB; it was refused "
                            + "as a precaution against \"zip bombs\".");
                }
                if (size > RATIO_EXEMPT_BYTES && size > packed * MAX_RATIO) {
                    throw packedTooTightly(name);
                }
            }
        }
        return size;
    }

    private static IllegalArgumentException packedTooTightly(String name) {
        return new IllegalArgumentException("\"" + name + "\" is packed more than 100 to 1, which no Word or Excel "
                + "file is; it was refused as a precaution against \"zip bombs\".");
    }
}
