package org.pledgetrack.core.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An edition of the campaign: its focus areas and items, in order. A draft has no publication date;
 * a published version never changes, because pledges are made against it.
 */
public record CatalogVersion(long id, String code, String title, @Nullable LocalDate publishedOn, boolean active,
                             CatalogState state, @Nullable String note, List<FocusArea> focusAreas,
                             List<CatalogItem> items) {

    public List<CatalogItem> itemsOf(FocusArea area) {
        return items.stream().filter(item -> item.focusAreaId() == area.id()).toList();
    }

    public boolean published() {
        return state == CatalogState.PUBLISHED;
    }

    public Optional<CatalogItem> item(long catalogItemId) {
        return items.stream().filter(item -> item.id() == catalogItemId).findFirst();
    }

    /** The items whose wording is not confirmed against IACP's current list. */
    public List<CatalogItem> unconfirmedItems() {
        return items.stream().filter(item -> !item.textConfirmed()).toList();
    }

    /** How admins and lists name it: "2023 — Trust Building Campaign, 2023 edition (draft)". */
    public String label() {
        return code + " — " + title + (published() ? "" : " (draft)");
    }
}
