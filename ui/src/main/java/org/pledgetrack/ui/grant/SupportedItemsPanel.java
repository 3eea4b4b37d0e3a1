package org.pledgetrack.ui.grant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.ui.components.EmptyState;

/** The pledge items the grant's TA deliverables support, with the deliverables for each. */
class SupportedItemsPanel extends Div {

    private final Div content = new Div();

    SupportedItemsPanel() {
        add(new H3("Pledge items this TA supports"), content);
        addClassNames("card", "section");
    }

    void show(List<Deliverable> rows) {
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        rows.stream().filter(d -> d.status() != DeliverableStatus.CANCELLED)
                .forEach(d -> d.supports().stream().filter(Deliverable.SupportedTopic::item)
                        .forEach(item -> byItem.computeIfAbsent(item.label(), k -> new ArrayList<>())
                                .add(d.title() + " (" + DeliverableBadges.statusLabel(d).toLowerCase(Locale.ROOT) + ")")));
        content.removeAll();
        if (byItem.isEmpty()) {
            content.add(new EmptyState("No linked items",
                    "Link a deliverable to the pledge items it supports when planning or editing it."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("supported-items");
        byItem.entrySet().stream().sorted(Map.Entry.comparingByKey(SupportedItemsPanel::byItemNumber))
                .forEach(e -> list.add(new ListItem(e.getKey() + " — " + String.join("; ", e.getValue()))));
        content.add(list);
    }

    private static int byItemNumber(String a, String b) {
        return Integer.compare(Integer.parseInt(a.substring(0, a.indexOf('.'))),
                Integer.parseInt(b.substring(0, b.indexOf('.'))));
    }
}
