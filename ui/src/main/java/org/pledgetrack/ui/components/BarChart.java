package org.pledgetrack.ui.components;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * Horizontal bars drawn as SVG on the server, one per category, on a 0..max scale, with a title,
 * a labelled value axis and the same numbers as a table under "Show as table".
 */
public class BarChart extends Composite<Div> {

    /** One bar; {@code display} is how the value is written next to the bar and in the table. */
    public record Bar(String label, double value, String display) {
    }

    private static final int WIDTH = 540;
    private static final int LABEL_WIDTH = 200;
    private static final int ROW = 28;
    private static final int TOP = 10;

    /** A count chart: the scale is rounded up to whole, readable ticks. */
    public static BarChart counts(String title, String valueAxis, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        return new BarChart(title, valueAxis, Svg.niceScale(max), bars);
    }

    public BarChart(String title, String valueAxis, double max, List<Bar> bars) {
        getContent().addClassName("chart");
        int height = TOP + bars.size() * ROW + 40;
        double plot = WIDTH - LABEL_WIDTH - 64;
        StringBuilder svg = new StringBuilder(Svg.open(title, WIDTH, height));
        for (int tick = 0; tick <= 4; tick++) {
            double x = LABEL_WIDTH + plot * tick / 4;
            svg.append("<line class=\"grid-line\" x1=\"").append(Svg.num(x)).append("\" y1=\"").append(TOP)
                    .append("\" x2=\"").append(Svg.num(x)).append("\" y2=\"").append(TOP + bars.size() * ROW)
                    .append("\"/>")
                    .append(Svg.label(x, TOP + bars.size() * ROW + 14, "middle", "tick", Svg.tick(max * tick / 4)));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            double length = max <= 0 ? 0 : plot * Math.clamp(bar.value() / max, 0, 1);
            svg.append(Svg.label(LABEL_WIDTH - 8, y + ROW / 2.0 + 4, "end", "category", bar.label()))
                    .append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(Svg.num(y + 5))
                    .append("\" width=\"").append(Svg.num(length)).append("\" height=\"").append(ROW - 10)
                    .append("\" fill=\"").append(Svg.PALETTE[0]).append("\"/>")
                    .append(Svg.label(LABEL_WIDTH + length + 6, y + ROW / 2.0 + 4, "start", "value", bar.display()));
        }
        svg.append(Svg.label(LABEL_WIDTH + plot / 2, height - 6, "middle", "axis-label", valueAxis)).append("</svg>");
        DataTable table = new DataTable(title, List.of("Category", valueAxis),
                bars.stream().map(b -> List.of(b.label(), b.display())).toList());
        getContent().add(new H3(title), Svg.figure(svg.toString()), new Details("Show as table", table));
    }
}
