package org.pledgetrack.ui.components;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pledgetrack.core.security.AccessDeniedException;

/**
 * Downloads of uploaded files (evidence, deliverable attachments). Always as an attachment, with the type
 * detected from the content when the file was stored and {@code nosniff}, so that no upload is ever shown
 * by the browser as a page of this site; the user's name for the file goes only into the RFC 6266
 * {@code filename*} parameter, percent-encoded, beside a plain-ASCII fallback.
 */
public final class FileDownloads {

    /** Opens the file after core's access check; an {@link AccessDeniedException} answers 403. */
    @FunctionalInterface
    public interface Opener extends Serializable {
        DownloadResponse open();
    }

    private FileDownloads() {
    }

    public static DownloadHandler attachment(Opener opener) {
        return DownloadHandler.fromInputStream(event -> {
            DownloadResponse file;
            try {
                file = opener.open();
            } catch (AccessDeniedException denied) {
                return DownloadResponse.error(403);
            }
            VaadinResponse response = event.getResponse();
            response.setHeader("X-Content-Type-Options", "nosniff");
            // set before Vaadin would write its own, which quotes the name as it is
            response.setHeader("Content-Disposition", contentDisposition(file.getFileName()));
            return file;
        });
    }

    /** {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>} (RFC 6266, RFC 8187). */
    static String contentDisposition(String filename) {
        String fallback = filename.replaceAll("[^A-Za-z0-9 ._()-]", "_");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + percentEncoded(filename);
    }

    private static String percentEncoded(String filename) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isAttrChar(c)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }

    /** RFC 8187 attr-char: letters, digits and {@code !#$&+-.^_`|~}. */
    private static boolean isAttrChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
