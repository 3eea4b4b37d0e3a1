package org.pledgetrack.batch.rosterimport;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters of each line as the CSV parser reads them and refuses the file the moment one
 * line passes the bound, so that a single huge line (say a header of a million columns) is never
 * parsed into a record.
 */
final class LineLengthLimit extends FilterReader {

    private final int maxLength;
    private long line = 1;
    private int length;

    LineLengthLimit(Reader in, int maxLength) {
        super(in);
        this.maxLength = maxLength;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) throws RosterFileRefused {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (c != '\r' && ++length > maxLength) {
            throw new RosterFileRefused(new RowError(line, null, RosterMessages.lineTooLong(line, maxLength)));
        }
    }
}
