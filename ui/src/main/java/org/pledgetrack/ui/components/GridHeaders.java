package org.pledgetrack.ui.components;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

/**
 * A long header over short values ("Waiting for review" over "3") takes two lines in a column as
 * narrow as its values, instead of widening the column until the grid no longer fits beside the
 * navigation at 1366 px, or being cut off.
 */
public final class GridHeaders {

    private GridHeaders() {
    }

    /** Gives the column this header, free to wrap, and this width (in rem, wide enough for its values). */
    public static <T> Grid.Column<T> wrapping(Grid.Column<T> column, String header, String width) {
        Span text = new Span(header);
        text.addClassName("wrapping-header");
        return column.setHeader(text).setAutoWidth(false).setWidth(width);
    }
}
