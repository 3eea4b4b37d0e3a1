package org.pledgetrack.ui.pledge;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pledgetrack.core.pledge.Evidence;
import org.pledgetrack.core.pledge.EvidenceFile;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.FileDownloads;

/**
 * A link that opens a piece of evidence: files are downloaded after core's access check for the
 * signed-in user ({@link FileDownloads}), links open in a new tab.
 */
public final class EvidenceLink {

    private EvidenceLink() {
    }

    public static Anchor of(EvidenceService evidence, CurrentUser user, Evidence piece) {
        Anchor anchor;
        if (piece.kind() == Evidence.EvidenceKind.LINK) {
            anchor = new Anchor(piece.url(), piece.url(), AnchorTarget.BLANK);
            anchor.getElement().setAttribute("rel", "noopener noreferrer");
        } else if (piece.fileDeleted()) {
            anchor = new Anchor();
            anchor.setText(piece.originalFilename() + " (file deleted after its removal)");
        } else {
            anchor = new Anchor(download(evidence, user, piece.id()), AttachmentType.DOWNLOAD, piece.originalFilename());
        }
        anchor.addClassName("evidence-link");
        return anchor;
    }

    private static DownloadHandler download(EvidenceService evidence, CurrentUser user, long evidenceId) {
        return FileDownloads.attachment(() -> {
            EvidenceFile file = evidence.download(user, evidenceId);
            return new DownloadResponse(file.content().get(), file.filename(), file.contentType(), file.size());
        });
    }
}
