package org.pledgetrack.ui.pledge;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.pledgetrack.core.worklist.NeedsYouEntry;
import org.pledgetrack.ui.components.HumanDates;

/** The agency's "Needs you" list at the top of My pledge; says so when nothing waits. */
class NeedsYouList extends Div {

    NeedsYouList(List<NeedsYouEntry> entries) {
        addClassNames("card", "needs-you");
        add(new H2("Needs you" + (entries.isEmpty() ? "" : " (" + entries.size() + ")")));
        if (entries.isEmpty()) {
            add(new Paragraph("Nothing needs you right now: no returned items, no questions from TA staff and no "
                    + "target dates in the next 30 days."));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (NeedsYouEntry entry : entries) {
            Span kind = new Span(entry.kind().label());
            kind.getElement().getThemeList().add(entry.kind() == NeedsYouEntry.Kind.TARGET_SOON ? "badge" : "badge error");
            Span day = new Span(" · " + HumanDates.date(entry.day()));
            day.addClassName("needs-you-day");
            list.add(new ListItem(kind, new Span(" "), new Anchor(entry.route(), entry.title()), day,
                    new Paragraph(entry.why())));
        }
        add(list);
    }
}
