package org.pledgetrack.core.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * An upload of any length made up as it is read (a PDF header, then zeros), so that 300 MB never sit in
 * memory. Before every read it measures the files in a directory, so a test can tell how much of the
 * upload reached the disk at most, not only what is left at the end.
 */
public final class GeneratedUpload extends InputStream {

    private static final byte[] HEAD = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

    private final long length;
    private final Path watched;
    private long position;
    private long peakBytesOnDisk;

    public GeneratedUpload(long length, Path watched) {
        this.length = length;
        this.watched = watched;
    }

    /** The largest total size of the watched directory's files seen before any read. */
    public long peakBytesOnDisk() {
        return peakBytesOnDisk;
    }

    /** How many bytes the receiver took from the upload. */
    public long bytesRead() {
        return position;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        peakBytesOnDisk = Math.max(peakBytesOnDisk, bytesIn(watched));
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            long at = position + i;
            buffer[offset + i] = at < HEAD.length ? HEAD[(int) at] : 0;
        }
        position += n;
        return n;
    }

    private static long bytesIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(GeneratedUpload::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // deleted between listing and measuring
        }
    }
}
