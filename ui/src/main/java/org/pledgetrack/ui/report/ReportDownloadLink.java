package org.pledgetrack.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;

/** A link that downloads a ready report file after core's access check (403 when it refuses). */
public final class ReportDownloadLink {

    private ReportDownloadLink() {
    }

    public static Anchor of(ReportService reports, CurrentUser user, ReportFile file, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                return new DownloadResponse(reports.open(user, file.id()), file.fileName(),
                        file.format().contentType(), file.sizeBytes());
            } catch (AccessDeniedException denied) {
                return DownloadResponse.error(403);
            }
        }), AttachmentType.DOWNLOAD, text);
        anchor.getElement().setAttribute("aria-label", "Download " + file.fileName());
        return anchor;
    }
}
