package org.pledgetrack.ui.components;

import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.ScheduleStatus;

/** An item's or a pledge's status as a coloured Lumo badge with its label. */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Span of(ItemStatus status) {
        return badge(status.label(), switch (status) {
            case NOT_STARTED -> "contrast";
            case IN_PROGRESS -> "";
            case SUBMITTED -> "warning";
            case RETURNED -> "error";
            case VERIFIED -> "success";
        });
    }

    public static Span of(ScheduleStatus status) {
        if (status == null) {
            return badge("No schedule", "contrast");
        }
        return badge(status.label(), switch (status) {
            case ON_TRACK, COMPLETE -> "success";
            case AT_RISK -> "warning";
            case BEHIND -> "error";
        });
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + variant).strip());
        badge.addClassName("status-badge");
        return badge;
    }
}
