package org.pledgetrack.ui.components;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** Types a browser shows itself without running anything of the file's: PDF in its viewer, and images. */
    static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    /**
     * What a previewed file may do: nothing. {@code sandbox} gives it a unique origin without scripts,
     * forms or plugins of its own, {@code default-src 'none'} lets it load nothing, and only this
     * site's pages may frame it (the app's own policy forbids all framing). Chromium's PDF viewer
     * shows a PDF under this policy (proven by {@code ReviewQueueBrowserTests}).
     */
    static final String PREVIEW_POLICY = "sandbox; default-src 'none'; frame-ancestors 'self'";

    private FileDownloads() {
    }

    /** Whether {@link #preview} shows a file of this type in the page rather than downloading it. */
    public static boolean previewable(String contentType) {
        return contentType != null && PREVIEWABLE.contains(baseType(contentType));
    }

    /**
     * A file to look at in the page (an {@code <iframe>} or {@code <img>}) or a new tab: PDFs and images
     * inline, every other type still as an attachment; always {@code nosniff} and the sandbox policy.
     */
    public static DownloadHandler preview(Opener opener) {
        return DownloadHandler.fromInputStream(event -> {
            DownloadResponse file;
            try {
                file = opener.open();
            } catch (AccessDeniedException denied) {
                return DownloadResponse.error(403);
            }
            VaadinResponse response = event.getResponse();
            previewHeaders(file.getContentType(), file.getFileName()).forEach(response::setHeader);
            return file;
        });
    }

    /** The headers {@link #preview} sets, replacing the app's page-wide ones that forbid framing. */
    static Map<String, String> previewHeaders(String contentType, String filename) {
        String disposition = contentDisposition(filename);
        return Map.of(
                "X-Content-Type-Options", "nosniff",
                "Content-Security-Policy", PREVIEW_POLICY,
                "X-Frame-Options", "SAMEORIGIN",
                "Content-Disposition", previewable(contentType) ? disposition.replaceFirst("^attachment", "inline")
                        : disposition);
    }

    private static String baseType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
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
