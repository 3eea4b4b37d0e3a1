package org.pledgetrack.ui.components;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * Percentages over as-of dates, one line per series, drawn as SVG on the server with a title,
 * labelled axes, a legend, and the same numbers as a table under "Show as table".
 */
public class LineChart extends Composite<Div> {

    public record Point(LocalDate date, double percent) {
    }

    public record Series(String name, List<Point> points) {
    }

    private static final int WIDTH = 540;
    private static final int HEIGHT = 260;
    private static final int LEFT = 56;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 56;

    public LineChart(String title, String xAxis, String yAxis, List<Series> series) {
        getContent().addClassName("chart");
        TreeSet<LocalDate> dates = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> dates.add(p.date())));
        List<LocalDate> axis = new ArrayList<>(dates);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder(Svg.open(title, WIDTH, HEIGHT));
        for (int tick = 0; tick <= 4; tick++) {
            double y = TOP + plotHeight - plotHeight * tick / 4;
            svg.append("<line class=\"grid-line\" x1=\"").append(LEFT).append("\" y1=\"").append(Svg.num(y))
                    .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(Svg.num(y)).append("\"/>")
                    .append(Svg.label(LEFT - 6, y + 4, "end", "tick", (tick * 25) + "%"));
        }
        if (!axis.isEmpty()) {
            svg.append(Svg.label(LEFT, HEIGHT - BOTTOM + 16, "start", "tick", axis.getFirst().toString()))
                    .append(Svg.label(WIDTH - RIGHT, HEIGHT - BOTTOM + 16, "end", "tick", axis.getLast().toString()));
        }
        for (int s = 0; s < series.size(); s++) {
            String color = Svg.PALETTE[s % Svg.PALETTE.length];
            StringBuilder points = new StringBuilder();
            for (Point p : series.get(s).points()) {
                double x = LEFT + (axis.size() < 2 ? plotWidth / 2 : plotWidth * axis.indexOf(p.date()) / (axis.size() - 1));
                double y = TOP + plotHeight - plotHeight * Math.clamp(p.percent(), 0, 100) / 100;
                points.append(Svg.num(x)).append(',').append(Svg.num(y)).append(' ');
                svg.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y))
                        .append("\" r=\"3\" fill=\"").append(color).append("\"/>");
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(color).append("\" points=\"")
                    .append(points.toString().trim()).append("\"/>");
            double legendX = LEFT + s * 160;
            svg.append("<rect x=\"").append(Svg.num(legendX)).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
                    .append(color).append("\"/>")
                    .append(Svg.label(legendX + 18, 18, "start", "legend", series.get(s).name()));
        }
        svg.append(Svg.label(LEFT + plotWidth / 2, HEIGHT - 10, "middle", "axis-label", xAxis))
                .append("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(14,")
                .append(Svg.num(TOP + plotHeight / 2)).append(") rotate(-90)\">").append(Svg.text(yAxis))
                .append("</text></svg>");
        getContent().add(new H3(title), Svg.figure(svg.toString()), new Details("Show as table", table(title, xAxis, series, axis)));
    }

    private static DataTable table(String title, String xAxis, List<Series> series, List<LocalDate> axis) {
        List<String> headers = new ArrayList<>(List.of(xAxis));
        series.forEach(s -> headers.add(s.name()));
        List<List<String>> rows = axis.stream().map(date -> {
            List<String> row = new ArrayList<>(List.of(date.toString()));
            series.forEach(s -> row.add(s.points().stream().filter(p -> p.date().equals(date)).findFirst()
                    .map(p -> PercentText.of(p.percent())).orElse("–")));
            return row;
        }).toList();
        return new DataTable(title, headers, rows);
    }
}
