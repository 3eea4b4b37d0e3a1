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
        return badge(label(status), variant(status));
    }

    /** The text of a schedule status badge, for grids that draw it in the browser (a lit renderer). */
    public static String label(ScheduleStatus status) {
        return status == null ? "No schedule" : status.label();
    }

    /** The {@code theme} attribute of a schedule status badge, for grids that draw it in the browser. */
    public static String theme(ScheduleStatus status) {
        return theme(variant(status));
    }

    private static String variant(ScheduleStatus status) {
        if (status == null) {
            return "contrast";
        }
        return switch (status) {
            case ON_TRACK, COMPLETE -> "success";
            case AT_RISK -> "warning";
            case BEHIND, PAST_DEADLINE -> "error";
        };
    }

    /** A warning badge for something an admin should check, such as catalog text not confirmed against IACP's list. */
    public static Span warning(String text) {
        return badge(text, "warning");
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme(variant));
        badge.addClassName("status-badge");
        return badge;
    }

    private static String theme(String variant) {
        return ("badge " + variant).strip();
    }
}
