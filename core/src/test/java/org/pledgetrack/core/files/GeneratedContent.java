package org.pledgetrack.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Pseudo-random bytes of any length, made up as they are read (never whole in memory) and the same for the same
 * seed, so that a test can compute a large file's SHA-256 without keeping it, and a store that mixed up the order
 * of its chunks would be caught.
 */
final class GeneratedContent extends InputStream {

    private final SplittableRandom random;
    private long remaining;

    GeneratedContent(long length, long seed) {
        this.random = new SplittableRandom(seed);
        this.remaining = length;
    }

    @Override
    public int read() {
        if (remaining == 0) {
            return -1;
        }
        remaining--;
        return random.nextInt(256);
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (remaining == 0) {
            return -1;
        }
        int n = (int) Math.min(count, remaining);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = (byte) random.nextInt(256);
        }
        remaining -= n;
        return n;
    }

    /** The SHA-256 of what a stream holds, read through a small buffer. */
    static String sha256Of(InputStream in) {
        try (DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            digesting.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
