package org.pledgetrack.core.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 that every kept file is identified and checked by. */
final class Sha256 {

    private Sha256() {
    }

    /** A new digest; every Java runtime has SHA-256, so its absence is a broken runtime. */
    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest so far as 64 lower-case hex digits; the digest is reset. */
    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
