package org.pledgetrack.ui.dashboard;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.snapshot.AreaProgress;
import org.pledgetrack.core.snapshot.StatusDistribution;
import org.pledgetrack.core.snapshot.TrendPoint;
import org.pledgetrack.ui.components.BarChart;
import org.pledgetrack.ui.components.LineChart;
import org.pledgetrack.ui.components.PercentText;

/** Pieces both dashboards use: key figures, the focus-area chart and trend series. */
final class DashboardWidgets {

    private DashboardWidgets() {
    }

    static String days(Integer days) {
        return days == null ? "–" : days + (days == 1 ? " day" : " days");
    }

    static Component fact(String label, String value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        Span number = new Span(value);
        number.addClassName("fact-value");
        return new Div(caption, number);
    }

    static Div facts(Component... facts) {
        Div row = new Div(facts);
        row.addClassName("facts");
        return row;
    }

    static BarChart focusAreaChart(String title, List<AreaProgress> areas) {
        return new BarChart(title, "% of items verified", 100, areas.stream()
                .map(a -> new BarChart.Bar(a.focusArea(), a.pctVerified().doubleValue(), PercentText.of(a.pctVerified())))
                .toList());
    }

    static BarChart distributionChart(String title, StatusDistribution distribution) {
        return BarChart.counts(title, "Agencies", Arrays.stream(ScheduleStatus.values())
                .map(s -> new BarChart.Bar(s.label(), distribution.count(s), Integer.toString(distribution.count(s))))
                .toList());
    }

    static LineChart.Series series(String name, List<TrendPoint> points) {
        return new LineChart.Series(name, points.stream()
                .filter(p -> p.percent() != null)
                .map(p -> new LineChart.Point(p.asOf(), p.percent().doubleValue())).toList());
    }
}
