package org.pledgetrack.batch.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.pledgetrack.core.files.FileStore;
import org.pledgetrack.core.pledge.PledgeDossier;

/**
 * Writes an agency's dossier as a ZIP, streamed: the summary PDF first ({@link DossierSummaryPdf}),
 * then one entry per row of the dossier query (item number, item title, file name, storage key), each
 * evidence file copied from the file store into its item's folder a buffer at a time. Nothing is held
 * in memory but the summary's text and one buffer.
 */
final class DossierZipWriter implements ReportWriter {

    static final String SUMMARY = "dossier-summary.pdf";
    /** Folder names keep the item's number and the start of its title; a whole title would be unwieldy. */
    private static final int MAX_TITLE = 60;

    private final PledgeDossier dossier;
    private final FileStore files;
    private final Set<String> names = new HashSet<>();
    private ZipOutputStream zip;

    DossierZipWriter(PledgeDossier dossier, FileStore files) {
        this.dossier = dossier;
        this.files = files;
    }

    @Override
    public void begin(ReportHeader header, OutputStream out) throws IOException {
        // the file writer closes the file's own stream; finishing the archive must not
        zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
        zip.putNextEntry(new ZipEntry(SUMMARY));
        DossierSummaryPdf.write(dossier, header.generatedAt(), zip);
        zip.closeEntry();
    }

    @Override
    public void row(List<Object> values) throws IOException {
        String entry = uniqueName(folderOf(((Number) values.get(0)).intValue(), (String) values.get(1)) + "/"
                + safe((String) values.get(2)));
        zip.putNextEntry(new ZipEntry(entry));
        try (InputStream in = files.open((String) values.get(3))) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    @Override
    public void finish() throws IOException {
        zip.finish();
        zip.flush();
    }

    /** The folder of an item's files: its number, two digits so folders sort in order, and its title. */
    static String folderOf(int number, String title) {
        String shortTitle = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE).strip() : title;
        return String.format("%02d %s", number, safe(shortTitle));
    }

    /** A name without path separators or characters archive tools refuse. */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "file" : cleaned;
    }

    /** Two files of an item may share a name; the second becomes "name (2).ext". */
    private String uniqueName(String entry) {
        String candidate = entry;
        int dot = entry.lastIndexOf('.');
        boolean extension = dot > entry.lastIndexOf('/');
        for (int n = 2; !names.add(candidate); n++) {
            candidate = extension ? entry.substring(0, dot) + " (" + n + ")" + entry.substring(dot)
                    : entry + " (" + n + ")";
        }
        return candidate;
    }
}
