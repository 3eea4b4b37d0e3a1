package org.pledgetrack.core.catalog;

/** One of the 25 policies and practices of a catalog version. */
public record CatalogItem(long id, long focusAreaId, int number, String title, String description, ItemKind kind) {
}
