package org.pledgetrack.core.snapshot;

/** A focus area of the published catalog, as a column of a report: its position and name. */
public record FocusAreaColumn(int position, String name) {
}
