package org.pledgetrack.ui.components;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.vaadin.flow.component.upload.Upload;
import org.pledgetrack.core.files.TemporaryUpload;
import org.pledgetrack.core.files.UploadLimit;

/**
 * The upload for evidence and attachments: the file is received within the service's
 * {@link UploadLimit} ({@link BoundedUploadHandler}), then the service checks name and content and
 * stores it or refuses it; the temporary file is deleted either way, and a refusal is shown to the user.
 */
public final class FileUploads {

    /** Where an upload goes: a core service call that stores the content or refuses it. */
    @FunctionalInterface
    public interface Destination {
        void store(InputStream content, String originalFilename);
    }

    private FileUploads() {
    }

    /** An upload of the files {@code limit} accepts; {@code reload} runs when done. */
    public static Upload to(Destination destination, UploadLimit limit, Runnable reload) {
        Upload upload = new Upload(new BoundedUploadHandler(limit, received -> {
            try (TemporaryUpload file = received; InputStream in = file.open()) {
                ActionFeedback.attempt(() -> destination.store(in, file.name()), reload);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        hintLimits(upload, limit);
        upload.addAllFinishedListener(finished -> reload.run());
        upload.addFileRejectedListener(rejected -> ActionFeedback.refused(rejected.getErrorMessage()));
        return upload;
    }

    /** Tells the browser the limit the server enforces, so that most users never send a file in vain. */
    public static void hintLimits(Upload upload, UploadLimit limit) {
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limit.maxBytes()));
        upload.setAcceptedFileTypes(limit.browserFileTypes().toArray(String[]::new));
    }
}
