package org.pledgetrack.ui.catalog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.pledgetrack.core.catalog.CatalogDraft;
import org.pledgetrack.core.catalog.ItemKind;
import org.pledgetrack.core.catalog.ItemResource;
import org.pledgetrack.ui.components.StatusBadge;

/**
 * A catalog version as agencies will read it: focus areas in order, each item numbered with its description and
 * IACP's resources, and, for the admin, which items' text is not confirmed against IACP's list.
 */
class CatalogPreview extends Div {

    CatalogPreview(CatalogDraft draft) {
        addClassName("catalog-preview");
        add(new H3(draft.code() + " — " + draft.title()));
        if (draft.note() != null && !draft.note().isBlank()) {
            add(new Paragraph(draft.note()));
        }
        int number = 0;
        for (CatalogDraft.Area area : draft.areas()) {
            add(new H4(area.name()));
            if (area.description() != null && !area.description().isBlank()) {
                add(new Paragraph(area.description()));
            }
            for (CatalogDraft.Item item : area.items()) {
                add(item(++number, item));
            }
        }
    }

    /** Opens the preview in a dialog of its own. */
    static void open(CatalogDraft draft) {
        Dialog dialog = new Dialog(new CatalogPreview(draft));
        dialog.setHeaderTitle("Preview");
        dialog.setWidth("min(60rem, 95vw)");
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private static Div item(int number, CatalogDraft.Item item) {
        Span title = new Span(number + ". " + item.title());
        title.addClassName("catalog-preview-title");
        Div row = new Div(title, new Span(" " + (item.kind() == ItemKind.POLICY ? "Policy" : "Practice")));
        row.addClassName("catalog-preview-item");
        if (!item.textConfirmed()) {
            row.add(new Span(" "), StatusBadge.warning("Not confirmed"));
        }
        row.add(new Paragraph(item.description()));
        if (!item.resources().isEmpty()) {
            UnorderedList resources = new UnorderedList();
            for (ItemResource resource : item.resources()) {
                resources.add(new ListItem(new Anchor(resource.url(), resource.title(), AnchorTarget.BLANK)));
            }
            row.add(new Span("IACP resources:"), resources);
        }
        if (!item.textConfirmed() && item.confirmationNote() != null) {
            row.add(new Paragraph("Not confirmed: " + item.confirmationNote()));
        }
        if (item.sourceNote() != null) {
            Paragraph source = new Paragraph("Source: " + item.sourceNote());
            source.addClassName("catalog-source-note");
            row.add(source);
        }
        return row;
    }
}
