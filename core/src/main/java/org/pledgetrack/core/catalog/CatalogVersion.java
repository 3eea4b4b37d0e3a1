package org.pledgetrack.core.catalog;

import java.time.LocalDate;
import java.util.List;

/** A published edition of the campaign: its focus areas and items, in order. */
public record CatalogVersion(long id, String code, String title, LocalDate publishedOn, boolean active,
                             List<FocusArea> focusAreas, List<CatalogItem> items) {

    public List<CatalogItem> itemsOf(FocusArea area) {
        return items.stream().filter(item -> item.focusAreaId() == area.id()).toList();
    }
}
