package org.pledgetrack.ui.dashboard;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pledgetrack.core.snapshot.AgencyStatusRow;
import org.pledgetrack.core.snapshot.OverdueGrant;
import org.pledgetrack.core.snapshot.PortfolioDashboard;
import org.pledgetrack.core.snapshot.StateRow;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.LineChart;
import org.pledgetrack.ui.components.NumbersAsOf;
import org.pledgetrack.ui.components.PercentText;

/** The overseer's national dashboard, or a TA staff member's portfolio with their review backlog. */
class PortfolioDashboardPanel extends VerticalLayout {

    PortfolioDashboardPanel(PortfolioDashboard dashboard, boolean national, NumbersAsOf numbersAsOf) {
        setPadding(false);
        add(new H2((national ? "National progress" : "My portfolio") + " as of " + HumanDates.date(dashboard.asOf())));
        add(numbersAsOf);
        add(DashboardWidgets.facts(
                DashboardWidgets.fact("Agencies", Integer.toString(dashboard.agencies())),
                DashboardWidgets.fact("Items submitted or verified", PercentText.of(dashboard.pctSubmitted())),
                DashboardWidgets.fact("Items verified", PercentText.of(dashboard.pctVerified())),
                DashboardWidgets.fact("Waiting for review", Integer.toString(dashboard.waitingReview())),
                DashboardWidgets.fact("Oldest waiting", DashboardWidgets.days(dashboard.oldestWaitDays()))));
        Div charts = new Div(
                DashboardWidgets.focusAreaChart("Verified items by focus area", dashboard.areas()),
                DashboardWidgets.distributionChart("Agencies by schedule status", dashboard.distribution()),
                new LineChart("Items verified over time", "As-of date", "% verified",
                        List.of(DashboardWidgets.series(national ? "All agencies" : "My portfolio", dashboard.trend()))));
        charts.addClassName("chart-grid");
        add(charts);
        if (national) {
            add(new H3("Progress by state"), statesGrid(dashboard.states()));
        } else {
            add(new H3("My agencies"), agenciesGrid(dashboard.agencyRows()));
        }
        add(new H3("Grants with overdue deliverables"));
        if (dashboard.overdueGrants().isEmpty()) {
            add(new Paragraph("No grant has an overdue deliverable in the latest deliverable snapshot."));
        } else {
            add(grantsGrid(dashboard.overdueGrants()));
        }
    }

    private static Grid<StateRow> statesGrid(List<StateRow> states) {
        Grid<StateRow> grid = compactGrid(states);
        grid.addClassName("states-grid");
        grid.addColumn(StateRow::state).setHeader("State").setSortable(true);
        grid.addColumn(StateRow::agencies).setHeader("Agencies").setSortable(true);
        grid.addColumn(r -> PercentText.of(r.pctVerified())).setHeader("Verified")
                .setComparator(StateRow::pctVerified);
        grid.addColumn(r -> r.distribution().onTrack()).setHeader("On track");
        grid.addColumn(r -> r.distribution().atRisk()).setHeader("At risk");
        grid.addColumn(r -> r.distribution().behind()).setHeader("Behind");
        grid.addColumn(r -> r.distribution().pastDeadline()).setHeader("Past deadline");
        grid.addColumn(r -> r.distribution().complete()).setHeader("Complete");
        return grid;
    }

    private static Grid<AgencyStatusRow> agenciesGrid(List<AgencyStatusRow> agencies) {
        Grid<AgencyStatusRow> grid = compactGrid(agencies);
        grid.addClassName("agencies-grid");
        grid.addColumn(AgencyStatusRow::agencyName).setHeader("Agency").setSortable(true).setFlexGrow(2);
        grid.addColumn(r -> PercentText.of(r.pctVerified())).setHeader("Verified")
                .setComparator(AgencyStatusRow::pctVerified);
        grid.addColumn(r -> PercentText.of(r.expectedPct())).setHeader("Expected");
        grid.addColumn(r -> r.scheduleStatus().label()).setHeader("Schedule").setSortable(true);
        grid.addColumn(AgencyStatusRow::waitingReview).setHeader("Waiting for review").setSortable(true);
        grid.addColumn(r -> DashboardWidgets.days(r.oldestWaitDays())).setHeader("Oldest waiting")
                .setComparator(r -> r.oldestWaitDays() == null ? -1 : r.oldestWaitDays());
        return grid;
    }

    private static Grid<OverdueGrant> grantsGrid(List<OverdueGrant> grants) {
        Grid<OverdueGrant> grid = compactGrid(grants);
        grid.addColumn(OverdueGrant::awardNumber).setHeader("Award").setFlexGrow(2);
        grid.addColumn(OverdueGrant::siteName).setHeader("Site").setFlexGrow(2);
        grid.addColumn(OverdueGrant::overdue).setHeader("Overdue");
        grid.addColumn(g -> DashboardWidgets.days(g.oldestOverdueDays())).setHeader("Oldest overdue");
        grid.addColumn(OverdueGrant::dueNext30Days).setHeader("Due in 30 days");
        grid.addColumn(g -> PercentText.of(g.onTimePct())).setHeader("Delivered on time");
        return grid;
    }

    private static <T> Grid<T> compactGrid(List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        // Agency and site names wrap rather than end in "…": they are what a reader looks for.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }
}
