package org.pledgetrack.ui.components;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.pledgetrack.core.agency.UsStates;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.PortfolioQuery;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.security.CurrentUser;

/**
 * Agencies with their pledge progress, shared by the TA portfolio and the overseer's agency
 * list. Lazy: each page is one filtered, sorted query in core, so it scales to every agency.
 * Cells are lit templates filled from row data, not server-side components: a page of 50 rows
 * with ten components each kept about half a megabyte per session (issue 7, figure 4d).
 */
public class AgencyProgressGrid extends Grid<AgencyProgress> {

    private final TextField search = new TextField("Search");
    private final ComboBox<String> state = new ComboBox<>("State", UsStates.codes());
    private final Select<ScheduleStatus> schedule = new Select<>();
    private final CountPerFilter<Filter> counts = new CountPerFilter<>();
    private final Clock clock;

    public AgencyProgressGrid(PledgeService pledges, CurrentUser user, Clock clock) {
        super(AgencyProgress.class, false);
        this.clock = clock;
        addClassName("agency-progress-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        configureColumns(clock);
        setItems(query -> pledges.agencyProgress(user, toPortfolioQuery(query)).stream(),
                query -> counts.count(new Filter(search.getValue(), state.getValue(), schedule.getValue()),
                        () -> pledges.countAgencies(user, toPortfolioQuery(query))));
        configureFilters();
    }

    /** The search, state and schedule fields that filter this grid, and the export of what it shows. */
    public Component filterBar(String exportTitle, String fileStem) {
        HorizontalLayout bar = new HorizontalLayout(search, state, schedule,
                GridExport.of(this, exportTitle, fileStem, this::filtersInWords, exportColumns(), clock));
        bar.addClassName("filter-bar");
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private String filtersInWords() {
        List<String> parts = new ArrayList<>();
        if (!search.isEmpty()) {
            parts.add("search \"" + search.getValue().strip() + "\"");
        }
        if (!state.isEmpty()) {
            parts.add("state " + state.getValue());
        }
        if (!schedule.isEmpty()) {
            parts.add("schedule " + schedule.getValue().label().toLowerCase(Locale.ROOT));
        }
        return parts.isEmpty() ? "All agencies" : String.join(", ", parts);
    }

    private static List<GridExport.Column<AgencyProgress>> exportColumns() {
        return List.of(
                GridExport.Column.text("Agency", AgencyProgress::agencyName),
                GridExport.Column.text("ORI", AgencyProgress::ori),
                GridExport.Column.text("State", AgencyProgress::state),
                GridExport.Column.text("Pledge", row -> row.pledgeStatus() == null ? "No pledge" : row.pledgeStatus().label()),
                GridExport.Column.date("Signed", AgencyProgress::signedOn),
                GridExport.Column.integer("Items", AgencyProgress::itemsTotal),
                GridExport.Column.integer("Verified", AgencyProgress::verified),
                GridExport.Column.text("Schedule", row -> row.scheduleStatus() == null ? null : row.scheduleStatus().label()),
                GridExport.Column.integer("Waiting for review", AgencyProgress::submitted),
                GridExport.Column.date("Last agency activity", row -> row.lastAgencyActivity() == null ? null
                        : LocalDate.ofInstant(row.lastAgencyActivity(), ZoneOffset.UTC)));
    }

    private void configureColumns(Clock clock) {
        // a real link, so keyboard users reach the pledge too (the views also open it on row click)
        addColumn(LitRenderer.<AgencyProgress>of("<a href=\"${item.href}\">${item.name}</a>")
                        .withProperty("href", row -> "agencies/" + row.agencyId() + "/pledge")
                        .withProperty("name", AgencyProgress::agencyName))
                .setHeader("Agency").setSortProperty(PortfolioQuery.Sort.AGENCY.name())
                // a long name takes two lines, so that all columns fit beside the navigation at 1366 px
                .setFlexGrow(3).setFrozen(true).setWidth("15rem").setTooltipGenerator(AgencyProgress::agencyName);
        addColumn(AgencyProgress::state).setHeader("State").setSortProperty(PortfolioQuery.Sort.STATE.name())
                .setAutoWidth(true);
        addColumn(row -> row.pledgeStatus() == null ? "No pledge" : row.pledgeStatus().label())
                .setHeader("Pledge").setKey("pledge").setAutoWidth(true);
        GridHeaders.wrapping(addColumn(row -> row.signedOn() == null ? "" : row.pledgeAgeMonths() + " mo"),
                        "Pledge age", "6rem")
                .setSortProperty(PortfolioQuery.Sort.PLEDGE_AGE.name())
                .setTooltipGenerator(row -> row.signedOn() == null ? "" : "Signed " + HumanDates.date(row.signedOn()));
        addColumn(row -> row.pledgeId() == null ? "" : PercentText.of(row.verified(), row.itemsTotal()))
                .setHeader("Verified").setSortProperty(PortfolioQuery.Sort.VERIFIED.name()).setAutoWidth(true);
        addColumn(LitRenderer.<AgencyProgress>of("<div class=\"area-bars\">${item.areas.map(area => html`"
                        + "<span style=\"--fill: ${area.fill}%\" title=\"${area.title}\"></span>`)}</div>")
                        .withProperty("areas", AgencyProgressGrid::areaBars))
                .setHeader("Focus areas").setAutoWidth(true);
        addColumn(LitRenderer.<AgencyProgress>of("<span class=\"status-badge\" theme=\"${item.theme}\">${item.label}</span>")
                        .withProperty("theme", row -> row.pledgeId() == null ? "" : StatusBadge.theme(row.scheduleStatus()))
                        .withProperty("label", row -> row.pledgeId() == null ? "" : StatusBadge.label(row.scheduleStatus())))
                .setHeader("Schedule").setAutoWidth(true)
                .setTooltipGenerator(row -> row.pledgeId() == null ? ""
                        : PercentText.of(row.expectedPercent()) + " expected verified by now");
        GridHeaders.wrapping(addColumn(AgencyProgress::submitted), "Waiting for review", "7rem")
                .setSortProperty(PortfolioQuery.Sort.WAITING.name());
        GridHeaders.wrapping(addColumn(LitRenderer
                        .<AgencyProgress>of("<span title=\"${item.exact}\">${item.relative}</span>")
                        .withProperty("relative", row -> HumanDates.daysAgo(row.lastAgencyActivity(), clock))
                        .withProperty("exact", row -> HumanDates.exact(row.lastAgencyActivity()))),
                        "Last agency activity", "7.5rem")
                .setSortProperty(PortfolioQuery.Sort.LAST_ACTIVITY.name());
        sort(GridSortOrder.asc(getColumns().getFirst()).build());
    }

    private void configureFilters() {
        search.setPlaceholder("Name or ORI");
        search.setMaxLength(200);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> getDataProvider().refreshAll());
        state.addClassName("state-filter");
        state.setPlaceholder("All states");
        state.setWidth("8rem");
        state.setClearButtonVisible(true);
        state.addValueChangeListener(change -> getDataProvider().refreshAll());
        schedule.setLabel("Schedule");
        schedule.setItems(ScheduleStatus.values());
        schedule.setItemLabelGenerator(status -> status == null ? "Any schedule" : status.label());
        schedule.setEmptySelectionAllowed(true);
        schedule.setEmptySelectionCaption("Any schedule");
        schedule.setTooltipText("Where each pledge stands against its 36-month schedule, by the schedule rule");
        schedule.addValueChangeListener(change -> getDataProvider().refreshAll());
        setEmptyStateText("No agencies match these filters. Clear the state or schedule filter, or shorten the "
                + "search, to see more.");
    }

    private PortfolioQuery toPortfolioQuery(Query<AgencyProgress, ?> query) {
        PortfolioQuery.Sort sort = PortfolioQuery.Sort.AGENCY;
        boolean ascending = true;
        if (!query.getSortOrders().isEmpty()) {
            sort = PortfolioQuery.Sort.valueOf(query.getSortOrders().getFirst().getSorted());
            ascending = query.getSortOrders().getFirst().getDirection() == SortDirection.ASCENDING;
        }
        return new PortfolioQuery(search.getValue(), state.getValue(), sort, ascending, query.getOffset(),
                query.getLimit(), schedule.getValue());
    }

    /** One bar per focus area: its verified share as the fill, the numbers as the tooltip. */
    private static List<AreaBar> areaBars(AgencyProgress row) {
        return row.areas().stream().map(area -> new AreaBar(area.total() == 0 ? 0 : 100 * area.verified() / area.total(),
                area.areaName() + ": " + area.verified() + " of " + area.total() + " verified")).toList();
    }

    /** What the count depends on: the filter fields, not the sort or the window. */
    private record Filter(String search, String state, ScheduleStatus schedule) {
    }

    /** A focus area's bar as the browser draws it; public, for the JSON the grid sends. */
    public record AreaBar(int fill, String title) {
    }
}
