package org.pledgetrack.core.catalog;

public record FocusArea(long id, int position, String name, String description) {
}
