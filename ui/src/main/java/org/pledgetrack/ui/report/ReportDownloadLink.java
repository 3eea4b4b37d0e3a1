package org.pledgetrack.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;

/**
 * The download link of a generated file, streamed from its storage when clicked (checked again by
 * {@link ReportService#open}); empty until the file is ready.
 */
public final class ReportDownloadLink {

    private ReportDownloadLink() {
    }

    public static Component of(ReportService reports, CurrentUser user, ReportFile file) {
        if (!file.ready()) {
            return new Span("");
        }
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                return new DownloadResponse(reports.open(user, file.id()), file.fileName(),
                        file.format().contentType(), file.sizeBytes());
            } catch (AccessDeniedException denied) {
                return DownloadResponse.error(403);
            }
        }), AttachmentType.DOWNLOAD, "Download");
        anchor.getElement().setAttribute("aria-label", "Download " + file.fileName());
        return anchor;
    }
}
