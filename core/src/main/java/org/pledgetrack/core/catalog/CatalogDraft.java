package org.pledgetrack.core.catalog;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an admin edits: a version's code, title and note and its focus areas with their items, in order.
 * Item numbers follow the order (1, 2, … across the areas), so reordering is moving an item in the list.
 * Saved whole by {@link CatalogEditorService#saveDraft}.
 */
public record CatalogDraft(String code, String title, @Nullable String note, List<Area> areas) {

    public CatalogDraft {
        areas = List.copyOf(areas);
    }

    public record Area(String name, @Nullable String description, List<Item> items) {
        public Area {
            items = List.copyOf(items);
        }
    }

    public record Item(String title, String description, ItemKind kind, @Nullable String sourceNote,
                       boolean textConfirmed, @Nullable String confirmationNote, List<ItemResource> resources) {
        public Item {
            resources = List.copyOf(resources);
        }
    }

    /** The draft that starts as a copy of a version's content. */
    public static CatalogDraft of(CatalogVersion version) {
        List<Area> areas = new ArrayList<>();
        for (FocusArea area : version.focusAreas()) {
            areas.add(new Area(area.name(), area.description(), version.itemsOf(area).stream()
                    .map(i -> new Item(i.title(), i.description(), i.kind(), i.sourceNote(), i.textConfirmed(),
                            i.confirmationNote(), i.resources()))
                    .toList()));
        }
        return new CatalogDraft(version.code(), version.title(), version.note(), areas);
    }

    public int itemCount() {
        return areas.stream().mapToInt(a -> a.items().size()).sum();
    }
}
