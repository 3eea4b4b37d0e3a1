package org.pledgetrack.ui.components;

import java.util.Locale;

import com.vaadin.flow.component.Html;

/**
 * Helpers for server-rendered SVG charts. Every piece of text that goes into the markup passes
 * {@link #text}, every number {@link #num}, so nothing a user typed can become markup.
 */
final class Svg {

    static final String[] PALETTE = {"#1f4e79", "#c55a11", "#548235", "#7f6000", "#7030a0", "#2e75b6"};

    private Svg() {
    }

    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * The chart inside a div: Html parses its root element on the server, which would lower-case
     * the svg's {@code viewBox}; the browser restores the case for markup inside the div.
     */
    static Html figure(String svg) {
        return new Html("<div class=\"chart-figure\">" + svg + "</div>");
    }

    /** The smallest 1, 2 or 5 times a power of ten, times 4 (four ticks), that is at least {@code max}. */
    static double niceScale(double max) {
        double step = Math.max(1, max / 4);
        double magnitude = Math.pow(10, Math.floor(Math.log10(step)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * magnitude >= step) {
                return 4 * factor * magnitude;
            }
        }
        return 4 * 10 * magnitude;
    }

    /** An axis tick: whole numbers without decimals. */
    static String tick(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The opening tag with an accessible name: the chart's title is its {@code <title>}. */
    static String open(String title, int width, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" role=\"img\" viewBox=\"0 0 "
                + width + " " + height + "\" preserveAspectRatio=\"xMinYMin meet\"><title>" + text(title) + "</title>";
    }

    static String label(double x, double y, String anchor, String cssClass, String content) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" class=\"" + cssClass
                + "\">" + text(content) + "</text>";
    }
}
