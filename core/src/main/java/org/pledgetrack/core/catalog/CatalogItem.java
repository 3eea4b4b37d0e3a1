package org.pledgetrack.core.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One of the policies and practices of a catalog version.
 *
 * @param sourceNote       where the wording comes from
 * @param textConfirmed    whether the wording was checked against IACP's current list
 * @param confirmationNote what is not confirmed and what to do about it; null when confirmed
 * @param resources        IACP's resources listed under the item, in order
 */
public record CatalogItem(long id, long focusAreaId, int number, String title, String description, ItemKind kind,
                          @Nullable String sourceNote, boolean textConfirmed, @Nullable String confirmationNote,
                          List<ItemResource> resources) {

    public CatalogItem {
        resources = List.copyOf(resources);
    }
}
