package org.pledgetrack.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pledgetrack.core.pledge.Evidence;
import org.pledgetrack.core.pledge.EvidenceFile;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.FileDownloads;

/**
 * A PDF or image of evidence shown in the page: a PDF in the browser's viewer inside a frame, an
 * image as an image, both served inert ({@link FileDownloads#preview}) after core's access check,
 * with a link that opens the same in a new tab.
 */
class EvidencePreviewDialog extends Dialog {

    EvidencePreviewDialog(EvidenceService evidence, CurrentUser user, Evidence piece) {
        addClassName("evidence-preview-dialog");
        setHeaderTitle(piece.originalFilename());
        setWidth("min(60rem, 95vw)");
        setHeight("90vh");
        setResizable(true);
        DownloadHandler file = FileDownloads.preview(() -> {
            EvidenceFile opened = evidence.download(user, piece.id());
            return new DownloadResponse(opened.content().get(), opened.filename(), opened.contentType(), opened.size());
        });
        add(view(piece, file));
        Anchor newTab = new Anchor(file, AttachmentType.INLINE, "Open in a new tab");
        newTab.setTarget(AnchorTarget.BLANK);
        newTab.getElement().setAttribute("rel", "noopener");
        Button close = new Button("Close", click -> close());
        getFooter().add(newTab, close);
    }

    private static Component view(Evidence piece, DownloadHandler file) {
        if (piece.contentType() != null && piece.contentType().startsWith("image/")) {
            Image image = new Image(file, piece.originalFilename());
            image.addClassName("evidence-preview-image");
            return image;
        }
        IFrame frame = new IFrame();
        frame.getElement().setAttribute("src", file);
        frame.setTitle("Preview of " + piece.originalFilename());
        frame.addClassName("evidence-preview-frame");
        frame.setSizeFull();
        return frame;
    }
}
