package org.pledgetrack.ui.pledge;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.ui.components.HumanDates;

/** The technical assistance the agency received (or has planned) for this item. */
class ItemTaSupport extends Div {

    ItemTaSupport(List<Deliverable> deliverables) {
        addClassName("item-ta");
        if (deliverables.isEmpty()) {
            add(new Paragraph("No TA deliverable is linked to this item yet. TA staff link trainings, site visits "
                    + "and other support to the items they help with."));
            return;
        }
        deliverables.forEach(deliverable -> add(line(deliverable)));
    }

    private static Div line(Deliverable deliverable) {
        Span title = new Span(deliverable.title());
        title.addClassName("ta-title");
        String when = deliverable.deliveredOn() != null
                ? "delivered " + HumanDates.date(deliverable.deliveredOn())
                : deliverable.overdue() ? "overdue since " + HumanDates.date(deliverable.dueOn())
                : "due " + HumanDates.date(deliverable.dueOn());
        Span meta = new Span(label(deliverable.type().name()) + " · " + when + " · " + deliverable.providerName()
                + " · " + deliverable.siteName());
        meta.addClassName("ta-meta");
        Div line = new Div(title, meta);
        line.addClassName("ta-line");
        return line;
    }

    private static String label(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.US);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
