package org.pledgetrack.core.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes on until a limit; the write that would pass it throws {@link IllegalArgumentException}
 * with the user's message before any of its bytes are passed on. Counting on the way out, not after
 * the upload, is what keeps a 300 MB upload from reaching the disk when the limit is 20 MB.
 */
final class LimitedOutputStream extends FilterOutputStream {

    private final long limit;
    private final String refusal;
    private long written;

    LimitedOutputStream(OutputStream out, long limit, String refusal) {
        super(out);
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    public void write(int b) throws IOException {
        admit(1);
        out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        admit(length);
        out.write(bytes, offset, length);
    }

    private void admit(int length) {
        if (written + length > limit) {
            throw new IllegalArgumentException(refusal);
        }
        written += length;
    }
}
