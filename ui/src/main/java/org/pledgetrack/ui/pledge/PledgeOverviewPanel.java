package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.core.pledge.StatusCounts;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.PercentText;
import org.pledgetrack.ui.components.StatusBadge;

/**
 * A pledge as agencies and reviewers see it: the header with dates, progress and schedule, then
 * each focus area with its progress bar and items. Each item links to its page.
 */
class PledgeOverviewPanel extends VerticalLayout {

    /** @param scheduleRule the schedule rule in words, shown beside the schedule status */
    PledgeOverviewPanel(PledgeOverview overview, String scheduleRule, Clock clock) {
        addClassName("pledge-overview");
        setPadding(false);
        add(header(overview, scheduleRule));
        overview.areas().forEach(area -> add(areaSection(area, clock)));
    }

    private static Component header(PledgeOverview overview, String scheduleRule) {
        StatusCounts totals = overview.totals();
        Div facts = new Div(
                fact("Signed", HumanDates.date(overview.signedOn())),
                fact("Target (36 months)", HumanDates.date(overview.targetOn())),
                fact("Months elapsed", overview.monthsElapsed() + " of 36"),
                fact("Months remaining", String.valueOf(overview.monthsRemaining())),
                fact("Verified", totals.of(ItemStatus.VERIFIED) + " of " + totals.total()
                        + " (" + PercentText.of(totals.of(ItemStatus.VERIFIED), totals.total()) + ")"));
        facts.addClassName("facts");

        Div statusLine = new Div();
        statusLine.addClassName("status-line");
        for (ItemStatus status : ItemStatus.values()) {
            statusLine.add(new Span(status.label() + ": " + totals.of(status)));
        }
        Div header = new Div(new H2(overview.agencyName()), new Paragraph(overview.catalogTitle()), facts,
                schedule(overview, scheduleRule), statusLine);
        header.addClassNames("card", "pledge-header");
        return header;
    }

    private static Component schedule(PledgeOverview overview, String scheduleRule) {
        if (overview.status() != PledgeStatus.ACTIVE) {
            Span closed = new Span("Pledge " + overview.status().name().toLowerCase(Locale.US));
            closed.getElement().getThemeList().add("badge contrast");
            Div line = new Div(closed);
            if (overview.withdrawnReason() != null) {
                line.add(new Paragraph("Reason: " + overview.withdrawnReason()));
            }
            return line;
        }
        // to the hundredth, as the dashboard shows the same figure
        Span expected = new Span("Expected by now: " + PercentText.of(overview.expectedPercent()) + " verified");
        expected.addClassName("expected");
        Paragraph rule = new Paragraph(scheduleRule);
        rule.addClassName("schedule-rule");
        Div line = new Div(StatusBadge.of(overview.scheduleStatus()), expected, rule);
        line.addClassName("schedule");
        return line;
    }

    private static Component areaSection(PledgeOverview.AreaProgress area, Clock clock) {
        StatusCounts counts = area.counts();
        ProgressBar bar = new ProgressBar(0, Math.max(1, counts.total()), counts.of(ItemStatus.VERIFIED));
        bar.getElement().setAttribute("aria-label", area.area().name() + " progress");
        Paragraph summary = new Paragraph(counts.of(ItemStatus.VERIFIED) + " of " + counts.total() + " verified · "
                + counts.of(ItemStatus.SUBMITTED) + " waiting for review · "
                + counts.of(ItemStatus.IN_PROGRESS) + " in progress");
        Div section = new Div(new H3(area.area().name()), bar, summary, itemGrid(area, clock));
        section.addClassNames("card", "focus-area");
        return section;
    }

    private static Grid<PledgeItem> itemGrid(PledgeOverview.AreaProgress area, Clock clock) {
        Grid<PledgeItem> grid = new Grid<>(PledgeItem.class, false);
        grid.addClassName("item-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(PledgeItem::number).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addComponentColumn(item -> new RouterLink(item.title(), ItemView.class, ItemView.parameters(item.id())))
                .setHeader("Item").setWidth("14rem").setFlexGrow(4).setTooltipGenerator(PledgeItem::title);
        grid.addComponentColumn(item -> StatusBadge.of(item.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(item -> item.ownerName() == null ? "—" : item.ownerName()).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(item -> item.targetOn() == null ? "—" : HumanDates.date(item.targetOn()))
                .setHeader("Target").setAutoWidth(true);
        grid.addComponentColumn(item -> HumanDates.relativeSpan(item.updatedAt(), clock)).setHeader("Last update")
                .setAutoWidth(true);
        grid.addColumn(PledgeItem::evidenceCount).setHeader("Evidence").setAutoWidth(true);
        grid.addColumn(PledgeItem::openComments).setHeader("Open comments").setAutoWidth(true);
        grid.setItems(area.items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component fact(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("fact-value");
        return new Div(labelSpan, valueSpan);
    }

}
