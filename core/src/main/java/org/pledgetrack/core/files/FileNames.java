package org.pledgetrack.core.files;

import java.util.regex.Pattern;

/**
 * The rules for the name of an uploaded file. A bad name is refused, not cleaned: a browser sends
 * only the file's own name, so folders, control characters or a name of only dots mean the
 * request was crafted, and silently changing the name would hide that from the user. The name is
 * shown to people and never used as a path (the {@link FileStore} keeps files under random keys).
 */
public final class FileNames {

    /** The width of the name columns ({@code evidence.original_filename}, {@code attachment.original_filename}). */
    private static final int MAX_LENGTH = 255;

    private static final String NO_NAME = "The file has no name. Rename it and upload it again.";
    private static final String FOLDERS = "A file name cannot contain \"/\", \"\\\" or \":\". Rename the file and upload it again.";
    private static final String INVISIBLE = "The file name contains control or invisible characters. Rename the file and "
            + "upload it again.";
    private static final String TOO_LONG = "The file name is too long (at most " + MAX_LENGTH + " characters). Rename the "
            + "file and upload it again.";

    private static final Pattern ONLY_DOTS = Pattern.compile("\\.+");
    // Cc: control characters (NUL, line breaks, ...); Cf: format characters such as the
    // right-to-left override U+202E, which makes "invoice" + U+202E + "fdp.exe" display as "invoiceexe.pdf".
    private static final Pattern INVISIBLE_CHARACTERS = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private FileNames() {
    }

    /**
     * The uploaded name without surrounding spaces, or {@link IllegalArgumentException} with a
     * message for the user when it is empty or only dots, holds a folder or drive separator,
     * control or invisible characters, or is longer than {@value #MAX_LENGTH} characters.
     */
    public static String checked(String originalFilename) {
        String name = originalFilename == null ? "" : originalFilename.strip();
        if (name.isEmpty() || ONLY_DOTS.matcher(name).matches()) {
            throw new IllegalArgumentException(NO_NAME);
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
            throw new IllegalArgumentException(FOLDERS);
        }
        if (INVISIBLE_CHARACTERS.matcher(name).find()) {
            throw new IllegalArgumentException(INVISIBLE);
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(TOO_LONG);
        }
        return name;
    }

    /** What follows the last dot of the name, as written; empty when there is none. */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
