package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.core.pledge.StatusCounts;
import org.pledgetrack.ui.components.GridExport;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.PercentText;
import org.pledgetrack.ui.components.StatusBadge;

/**
 * A pledge as agencies and reviewers see it: the header with dates, progress and schedule, then
 * each focus area with its progress bar and items. Each item links to its page.
 */
class PledgeOverviewPanel extends VerticalLayout {

    private final Select<ItemStatus> status = new Select<>();
    private final List<FocusAreaItems> areaItems = new ArrayList<>();

    /** @param scheduleRule the schedule rule in words, shown beside the schedule status */
    PledgeOverviewPanel(PledgeOverview overview, String scheduleRule, Clock clock) {
        addClassName("pledge-overview");
        setPadding(false);
        add(header(overview, scheduleRule), toolbar(overview, clock));
        overview.areas().forEach(area -> add(areaSection(area, clock)));
    }

    /** The status filter over every focus area's items, and the export of the items it leaves. */
    private Component toolbar(PledgeOverview overview, Clock clock) {
        status.setLabel("Show items");
        status.setItems(ItemStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All statuses");
        status.setItemLabelGenerator(s -> s == null ? "All statuses" : s.label());
        status.addValueChangeListener(change -> areaItems.forEach(area -> area.show(change.getValue())));
        GridExport<PledgeItem> export = new GridExport<>("Pledge items of " + overview.agencyName(), "pledge-items",
                () -> areaItems.stream().flatMap(area -> area.shownItems().stream()).toList(),
                () -> status.isEmpty() ? "All items" : "Items " + status.getValue().label().toLowerCase(Locale.US),
                List.of(GridExport.Column.integer("#", PledgeItem::number),
                        GridExport.Column.text("Focus area", PledgeItem::focusAreaName),
                        GridExport.Column.text("Item", PledgeItem::title),
                        GridExport.Column.text("Status", item -> item.status().label()),
                        GridExport.Column.text("Owner", PledgeItem::ownerName),
                        GridExport.Column.date("Target", PledgeItem::targetOn),
                        GridExport.Column.integer("Evidence", PledgeItem::evidenceCount),
                        GridExport.Column.integer("Open comments", PledgeItem::openComments)), clock);
        HorizontalLayout bar = new HorizontalLayout(status, export);
        bar.addClassName("filter-bar");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private static Component header(PledgeOverview overview, String scheduleRule) {
        StatusCounts totals = overview.totals();
        Div facts = new Div(
                fact("Signed", HumanDates.date(overview.signedOn())),
                fact("Target (36 months)", HumanDates.date(overview.targetOn())),
                fact("Months elapsed", overview.monthsElapsed() + " of 36"),
                fact("Months remaining", String.valueOf(overview.monthsRemaining())),
                fact("Verified", totals.of(ItemStatus.VERIFIED) + " of " + totals.total()
                        + " (" + PercentText.of(totals.of(ItemStatus.VERIFIED), totals.total()) + ")"),
                fact("IACP recognition", overview.recognizedOn() == null ? "Not yet recognized"
                        : "Recognized on " + HumanDates.date(overview.recognizedOn())),
                fact("Certificate of completion", overview.certificateOn() == null ? "Not yet"
                        : "Dated " + HumanDates.date(overview.certificateOn())));
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

    private Component areaSection(PledgeOverview.AreaProgress area, Clock clock) {
        StatusCounts counts = area.counts();
        ProgressBar bar = new ProgressBar(0, Math.max(1, counts.total()), counts.of(ItemStatus.VERIFIED));
        bar.getElement().setAttribute("aria-label", area.area().name() + " progress");
        Paragraph summary = new Paragraph(counts.of(ItemStatus.VERIFIED) + " of " + counts.total() + " verified · "
                + counts.of(ItemStatus.SUBMITTED) + " waiting for review · "
                + counts.of(ItemStatus.IN_PROGRESS) + " in progress");
        FocusAreaItems items = new FocusAreaItems(area.items(), clock);
        areaItems.add(items);
        Div section = new Div(new H3(area.area().name()), bar, summary, items);
        section.addClassNames("card", "focus-area");
        return section;
    }

    private static Component fact(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("fact-value");
        return new Div(labelSpan, valueSpan);
    }

}
