package org.pledgetrack.core.files;

import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.util.unit.DataSize;

/**
 * What an upload path accepts: names ending in one of its extensions and at most {@code maxBytes}.
 * The server applies it before it keeps a byte (the name and the declared size first, then every
 * byte as it arrives through {@link #bound}); the browser gets the same extensions and size as hints.
 * Serializable because the upload components of a Vaadin session keep it.
 *
 * @param maxBytes   the largest file accepted
 * @param extensions accepted extensions, without dots, lower case
 * @param accepted   the accepted kinds as users read them, e.g. "PDF, Word (DOCX), Excel (XLSX), PNG or JPEG"
 */
public record UploadLimit(long maxBytes, List<String> extensions, String accepted) implements Serializable {

    public UploadLimit {
        if (maxBytes <= 0 || extensions.isEmpty()) {
            throw new IllegalArgumentException("An upload limit needs a positive size and at least one extension");
        }
        extensions = List.copyOf(extensions);
    }

    /**
     * The name without surrounding spaces, if it passes {@link FileNames#checked} and ends in an accepted
     * extension; otherwise {@link IllegalArgumentException} with a message for the user.
     */
    public String checkedName(String originalFilename) {
        String name = FileNames.checked(originalFilename);
        if (!extensions.contains(FileNames.extensionOf(name).toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("\"" + name + "\" cannot be uploaded: only " + accepted
                    + " files are accepted, with names ending in " + extensionList() + ".");
        }
        return name;
    }

    /**
     * Refuses, before anything is read, an upload whose declared size (the request's Content-Length or the
     * part's size) is over the limit; a negative size means "not declared" and passes, the bytes are counted anyway.
     */
    public void checkDeclaredSize(String name, long declaredBytes) {
        if (declaredBytes > maxBytes) {
            throw new IllegalArgumentException(tooLarge(name));
        }
    }

    /** {@code out}, refusing the write that would pass the limit, so no more than {@code maxBytes} ever reach it. */
    public OutputStream bound(OutputStream out, String name) {
        return new LimitedOutputStream(out, maxBytes, tooLarge(name));
    }

    /** The extensions with dots, for the browser's file chooser. */
    public List<String> browserFileTypes() {
        return extensions.stream().map(extension -> "." + extension).toList();
    }

    /** "20 MB", or "64 KB" below a megabyte, as the limit is configured. */
    public String readableMaximum() {
        DataSize size = DataSize.ofBytes(maxBytes);
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }

    private String tooLarge(String name) {
        return "\"" + name + "\" is larger than the maximum of " + readableMaximum() + ".";
    }

    private String extensionList() {
        List<String> dotted = browserFileTypes();
        return dotted.size() == 1 ? dotted.getFirst()
                : dotted.subList(0, dotted.size() - 1).stream().collect(Collectors.joining(", "))
                        + " or " + dotted.getLast();
    }
}
