package org.pledgetrack.ui.grant;

import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.grant.GranteeReport;

/** How a progress report's deadline status and review state are shown. */
final class ReportBadges {

    private ReportBadges() {
    }

    static Span deadline(GranteeReport report) {
        return switch (report.status()) {
            case UPCOMING -> badge("Upcoming", "badge contrast");
            case DUE_SOON -> badge("Due soon", "badge");
            case OVERDUE -> badge("Overdue", "badge error");
            case FUNDS_AT_RISK -> FundsAtRiskBadge.create();
            case SUBMITTED -> badge("On time", "badge success");
            case SUBMITTED_LATE -> badge("Submitted late", "badge");
        };
    }

    static Span review(GranteeReport report) {
        return switch (report.review()) {
            case NOT_STARTED -> badge("Not started", "badge contrast");
            case DRAFT -> badge("Draft", "badge");
            case SUBMITTED -> badge("Submitted", "badge");
            case RETURNED -> badge("Returned", "badge error");
            case ACCEPTED -> badge("Accepted", "badge success");
        };
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
