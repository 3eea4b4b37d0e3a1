package org.pledgetrack.ui.dashboard;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.pledgetrack.core.snapshot.AgencyDashboard;
import org.pledgetrack.core.snapshot.AgencyStatusRow;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.LineChart;
import org.pledgetrack.ui.components.NumbersAsOf;
import org.pledgetrack.ui.components.PercentText;

/** An agency's own progress by focus area and over time, beside the national median. */
class AgencyDashboardPanel extends VerticalLayout {

    /** @param scheduleRule the schedule rule in words, shown under the figures */
    AgencyDashboardPanel(AgencyDashboard dashboard, String scheduleRule, NumbersAsOf numbersAsOf) {
        setPadding(false);
        AgencyStatusRow totals = dashboard.totals();
        add(new H2(totals.agencyName() + " as of " + HumanDates.date(dashboard.asOf())));
        add(numbersAsOf);
        add(DashboardWidgets.facts(
                DashboardWidgets.fact("Items verified", PercentText.of(totals.pctVerified())),
                DashboardWidgets.fact("Expected by now", PercentText.of(totals.expectedPct())),
                DashboardWidgets.fact("Schedule", totals.scheduleStatus().label()),
                DashboardWidgets.fact("Waiting for review", Integer.toString(totals.waitingReview())),
                DashboardWidgets.fact("Returned to you", Integer.toString(totals.returned()))));
        add(new Paragraph(scheduleRule));
        Div charts = new Div(
                DashboardWidgets.focusAreaChart("My verified items by focus area", dashboard.areas()),
                new LineChart("My progress and the national median", "As-of date", "% verified", List.of(
                        DashboardWidgets.series("My agency", dashboard.trend()),
                        DashboardWidgets.series("National median", dashboard.nationalMedian()))));
        charts.addClassName("chart-grid");
        add(charts);
    }
}
