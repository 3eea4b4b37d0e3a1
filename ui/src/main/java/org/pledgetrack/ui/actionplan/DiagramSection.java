package org.pledgetrack.ui.actionplan;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.pledgetrack.core.actionplan.ActionPlanService;
import org.pledgetrack.core.actionplan.PlanDiagram;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.FileDownloads;
import org.pledgetrack.ui.components.FileUploads;
import org.pledgetrack.ui.components.HumanDates;

/**
 * The diagram linking strategies to crime drivers: download for everyone who sees the grant;
 * upload (replacing the current one) for the grantee while the plan can change. Same file rules
 * and quota as evidence, enforced in core.
 */
class DiagramSection extends Div {

    DiagramSection(ActionPlanService plans, CurrentUser user, long grantId, PlanDiagram diagram, boolean editable,
                   Runnable reload) {
        add(new H4("Diagram: strategies and crime drivers"));
        if (diagram == null) {
            add(new Paragraph(editable ? "No diagram yet. Upload one (a PDF or picture) that links each strategy to "
                    + "the crime drivers it addresses." : "No diagram uploaded."));
        } else {
            Anchor link = new Anchor(FileDownloads.attachment(() -> new DownloadResponse(plans.openDiagram(user, grantId),
                    diagram.originalFilename(), diagram.contentType(), diagram.sizeBytes())), AttachmentType.DOWNLOAD,
                    diagram.originalFilename());
            add(new Div(link, new Span(" · uploaded " + HumanDates.exact(diagram.uploadedAt())
                    + (diagram.uploadedByName() == null ? "" : " by " + diagram.uploadedByName()))));
        }
        if (editable) {
            Span hint = new Span((diagram == null ? "" : "A new file replaces the current one. ")
                    + "PDF, Word, Excel, PNG or JPEG, up to " + plans.uploadLimit().readableMaximum());
            hint.addClassName("field-label");
            add(hint, FileUploads.to((content, name) -> plans.uploadDiagram(user, grantId, content, name),
                    plans.uploadLimit(), reload));
        }
        addClassName("action-plan-diagram");
    }
}
