package org.pledgetrack.ui.grant;

import com.vaadin.flow.component.html.Span;

/** The one way "funds at risk" is shown, on the grant page, the grant list and the dashboard. */
public final class FundsAtRiskBadge {

    private FundsAtRiskBadge() {
    }

    public static Span create() {
        Span badge = new Span("Funds at risk");
        badge.getElement().getThemeList().add("badge error primary");
        badge.addClassName("funds-at-risk-badge");
        return badge;
    }
}
