package org.pledgetrack.ui.components;

import java.io.InputStream;
import java.nio.file.Files;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload for evidence and attachments. The browser's file first goes to a temporary file
 * named by us: Vaadin's default temporary file is named after the upload, so a hostile name such
 * as "../passwd.pdf" failed there with an error nobody could read, before core could refuse it
 * with its message. Then the service checks name and content; the temporary file is deleted
 * either way, and a refusal is shown to the user.
 */
public final class FileUploads {

    /** Where an upload goes: a core service call that stores the content or refuses it. */
    @FunctionalInterface
    public interface Destination {
        void store(InputStream content, String originalFilename);
    }

    private FileUploads() {
    }

    /** An upload of PDF, Word, Excel, PNG or JPEG files up to {@code maxBytes}; {@code reload} runs when done. */
    public static Upload to(Destination destination, long maxBytes, Runnable reload) {
        Upload upload = new Upload(UploadHandler.toFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                UserActions.attempt(() -> destination.store(in, metadata.fileName()), reload);
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }, metadata -> Files.createTempFile("pledgetrack-upload-", ".part").toFile()));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg");
        upload.addAllFinishedListener(finished -> reload.run());
        upload.addFileRejectedListener(rejected -> UserActions.refused(rejected.getErrorMessage()));
        return upload;
    }

    /** "20 MB": the limit as the upload's hint shows it. */
    public static String megabytes(long maxBytes) {
        return maxBytes / (1024 * 1024) + " MB";
    }
}
