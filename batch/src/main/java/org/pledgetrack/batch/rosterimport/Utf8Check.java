package org.pledgetrack.batch.rosterimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Finds the first line holding bytes that are not UTF-8 (typically a file saved as Windows-1252
 * or Latin-1). A decoding reader would only fail somewhere in its read-ahead buffer; decoding here
 * byte buffer by byte buffer gives the exact line, which the user needs to find the culprit.
 */
final class Utf8Check {

    private static final int BUFFER = 64 * 1024;

    private Utf8Check() {
    }

    /** The 1-based line of the first malformed byte, or empty when the whole stream is UTF-8. */
    static OptionalLong firstMalformedLine(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        long line = 1;
        boolean end = false;
        while (!end) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            end = read < 0;
            bytes.position(bytes.position() + Math.max(read, 0));
            bytes.flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, end);
                line += countNewlines(chars);
            } while (result.isOverflow());
            if (result.isError()) {
                return OptionalLong.of(line);
            }
            bytes.compact();
        }
        return OptionalLong.empty();
    }

    private static int countNewlines(CharBuffer chars) {
        chars.flip();
        int newlines = 0;
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                newlines++;
            }
        }
        chars.clear();
        return newlines;
    }
}
