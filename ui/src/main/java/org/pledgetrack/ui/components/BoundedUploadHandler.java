package org.pledgetrack.ui.components;

import java.nio.file.Path;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.pledgetrack.core.files.TemporaryUpload;
import org.pledgetrack.core.files.UploadLimit;

/**
 * Receives every upload of the application within its {@link UploadLimit}, on the server: the browser's
 * size and type hints are only a courtesy, since a crafted request skips them. The name and the declared
 * size are refused before anything is written; the bytes are counted as they arrive and the upload stops
 * at the limit ({@link TemporaryUpload}); Vaadin's own multipart limits are set to the same size. A refusal
 * is reported to the browser's upload and shown to the user. The temporary file is named by us: Vaadin's
 * default one is named after the upload, so a hostile name such as "../passwd.pdf" failed there with an
 * error nobody could read, before core could refuse it with its message.
 */
public final class BoundedUploadHandler implements UploadHandler {

    /** Room for the multipart boundaries and headers around the file, for the request size limit. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    private static final Path TEMPORARY_FILES = Path.of(System.getProperty("java.io.tmpdir"));

    private final UploadLimit limit;
    private final SerializableConsumer<TemporaryUpload> receiver;

    /**
     * @param receiver runs with the UI locked once the whole upload has arrived; it owns the upload and
     *                 closes it (which deletes the file) when done with it
     */
    public BoundedUploadHandler(UploadLimit limit, SerializableConsumer<TemporaryUpload> receiver) {
        this.limit = limit;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        UI ui = event.getUI();
        TemporaryUpload received;
        try {
            received = TemporaryUpload.receive(event.getInputStream(), event.getFileName(), event.getFileSize(),
                    limit, TEMPORARY_FILES);
        } catch (IllegalArgumentException refused) {
            event.reject(refused.getMessage());
            ui.access(() -> ActionFeedback.refused(refused.getMessage()));
            return;
        }
        try {
            ui.access(() -> receiver.accept(received));
        } catch (UIDetachedException gone) {
            received.close(); // the page was closed during the upload: nobody will use the file
        }
    }

    @Override
    public long getRequestSizeMax() {
        return limit.maxBytes() + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return limit.maxBytes();
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
