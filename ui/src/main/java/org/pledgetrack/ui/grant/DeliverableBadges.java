package org.pledgetrack.ui.grant;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverableStatus;

/** How deliverable types and statuses read on screen. */
final class DeliverableBadges {

    private DeliverableBadges() {
    }

    static String statusLabel(Deliverable d) {
        return d.overdue() ? "Overdue" : d.status().label();
    }

    /** A status badge; overdue (derived) wins over the stored status. */
    static Span status(Deliverable d) {
        Span badge = new Span(statusLabel(d));
        String theme = d.overdue() ? "badge error" : switch (d.status()) {
            case ACCEPTED, DELIVERED -> "badge success";
            case CANCELLED -> "badge contrast";
            case PLANNED, SCHEDULED -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        if (d.status() == DeliverableStatus.CANCELLED && d.cancelReason() != null) {
            badge.setTitle("Cancelled: " + d.cancelReason());
        }
        return badge;
    }

    /** "Leadership and Culture · items 11, 22": focus areas by name, items by number, to fit a grid cell. */
    static String supportsSummary(Deliverable d) {
        String areas = d.supports().stream().filter(topic -> !topic.item()).map(Deliverable.SupportedTopic::label)
                .collect(Collectors.joining(", "));
        String items = d.supports().stream().filter(Deliverable.SupportedTopic::item)
                .map(topic -> topic.label().substring(0, topic.label().indexOf('.')))
                .collect(Collectors.joining(", "));
        if (items.isEmpty()) {
            return areas;
        }
        return (areas.isEmpty() ? "" : areas + " · ") + (items.contains(",") ? "items " : "item ") + items;
    }
}
