package org.pledgetrack.ui.pledge;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.StatusCounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** An agency's pledge at a glance: dates, schedule and progress in each focus area. */
@Route("my-pledge")
@PageTitle("My pledge | pledgetrack")
@RolesAllowed("AGENCY")
public class MyPledgeView extends VerticalLayout {

    MyPledgeView(PledgeService pledges, AuthenticatedUser authenticatedUser) {
        addClassName("my-pledge-view");
        CurrentUser user = authenticatedUser.get();
        pledges.overview(user, user.organizationId()).ifPresentOrElse(
                overview -> add(header(overview), areas(overview)),
                () -> add(new EmptyState("No pledge yet",
                        user.organizationName() + " has not started a pledge. Your TA staff member or an "
                                + "administrator starts it with the date your agency signed.")));
    }

    private static Component header(PledgeOverview overview) {
        StatusCounts totals = overview.totals();
        Div facts = new Div(
                fact("Signed", HumanDates.date(overview.signedOn())),
                fact("Target (36 months)", HumanDates.date(overview.targetOn())),
                fact("Months elapsed", overview.monthsElapsed() + " of 36"),
                fact("Months remaining", String.valueOf(overview.monthsRemaining())),
                fact("Verified", totals.of(ItemStatus.VERIFIED) + " of " + totals.total()
                        + " (" + percent(totals.percentVerified()) + ")"));
        facts.addClassName("facts");

        Span schedule = new Span(overview.onSchedule() ? "On schedule" : "Behind schedule");
        schedule.getElement().getThemeList().add(overview.onSchedule() ? "badge success" : "badge error");
        Paragraph rule = new Paragraph("Rule: by now " + percent(overview.expectedPercent())
                + " of the items should be verified — the share of the 36 months that has passed.");
        rule.addClassName("schedule-rule");

        Div statusLine = new Div();
        statusLine.addClassName("status-line");
        for (ItemStatus status : ItemStatus.values()) {
            statusLine.add(new Span(status.label() + ": " + totals.of(status)));
        }
        Div header = new Div(new H2(overview.agencyName()), new Paragraph(overview.catalogTitle()), facts,
                new Div(schedule, rule), statusLine);
        header.addClassNames("card", "pledge-header");
        return header;
    }

    private static Component areas(PledgeOverview overview) {
        Div areas = new Div();
        areas.addClassName("focus-areas");
        for (PledgeOverview.AreaProgress area : overview.areas()) {
            StatusCounts counts = area.counts();
            ProgressBar bar = new ProgressBar(0, Math.max(1, counts.total()), counts.of(ItemStatus.VERIFIED));
            bar.getElement().setAttribute("aria-label", area.area().name() + " progress");
            Div card = new Div(new H3(area.area().name()), bar,
                    new Paragraph(counts.of(ItemStatus.VERIFIED) + " of " + counts.total() + " verified · "
                            + counts.of(ItemStatus.SUBMITTED) + " waiting for review · "
                            + counts.of(ItemStatus.IN_PROGRESS) + " in progress"));
            card.addClassNames("card", "focus-area");
            areas.add(card);
        }
        return areas;
    }

    private static Component fact(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("fact-value");
        return new Div(labelSpan, valueSpan);
    }

    private static String percent(double value) {
        return String.format(Locale.US, "%.0f%%", value);
    }
}
