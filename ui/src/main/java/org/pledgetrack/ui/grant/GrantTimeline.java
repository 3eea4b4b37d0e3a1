package org.pledgetrack.ui.grant;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantPhase;

/**
 * The grant period as a bar: one segment per phase (proportional to its length), a marker for
 * today and one for each deliverable's due date, coloured by status.
 */
class GrantTimeline extends Div {

    GrantTimeline(GrantDetail grant, List<Deliverable> deliverables, LocalDate today) {
        addClassName("grant-timeline");
        LocalDate start = grant.summary().startOn();
        LocalDate end = grant.summary().endOn();
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        Div phases = new Div();
        phases.addClassName("timeline-phases");
        for (GrantDetail.PhaseDates phase : grant.phases()) {
            Div segment = new Div(new Span(phaseLabel(phase.phase())),
                    new Span(shortDate(phase.startOn()) + " – " + shortDate(phase.endOn())));
            segment.addClassName("timeline-phase");
            if (!today.isBefore(phase.startOn()) && !today.isAfter(phase.endOn())) {
                segment.addClassName("current");
            }
            double width = 100 * (ChronoUnit.DAYS.between(phase.startOn(), phase.endOn()) + 1) / (days + 1);
            segment.getStyle().set("flex-basis", String.format(Locale.ROOT, "%.2f%%", width));
            phases.add(segment);
        }
        Div markers = new Div();
        markers.addClassName("timeline-markers");
        for (Deliverable d : deliverables) {
            Span marker = marker(position(d.dueOn(), start, days), "timeline-deliverable");
            marker.addClassName(d.overdue() ? "overdue" : d.status().name().toLowerCase(Locale.ROOT));
            marker.setTitle(d.title() + " — due " + d.dueOn() + " (" + DeliverableBadges.statusLabel(d) + ")");
            markers.add(marker);
        }
        if (!today.isBefore(start) && !today.isAfter(end)) {
            Span marker = marker(position(today, start, days), "timeline-today");
            marker.setTitle("Today");
            markers.add(marker);
        }
        add(phases, markers);
    }

    static String phaseLabel(GrantPhase phase) {
        return switch (phase) {
            case PLANNING -> "Planning";
            case IMPLEMENTATION -> "Implementation";
            case SUSTAINABILITY -> "Sustainability";
        };
    }

    private static Span marker(double percent, String className) {
        Span marker = new Span();
        marker.addClassName(className);
        marker.getStyle().set("left", String.format(Locale.ROOT, "%.2f%%", percent));
        return marker;
    }

    private static double position(LocalDate date, LocalDate start, double days) {
        return Math.max(0, Math.min(100, 100 * ChronoUnit.DAYS.between(start, date) / days));
    }

    private static String shortDate(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " " + date.getYear();
    }
}
