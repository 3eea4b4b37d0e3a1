package org.pledgetrack.ui.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pledgetrack.core.catalog.CatalogDraft;
import org.pledgetrack.core.catalog.ItemKind;
import org.pledgetrack.core.catalog.ItemResource;

/**
 * The draft while the editor changes it: focus areas and a flat list of items, each pointing at its area. Items
 * keep their list order within an area; {@link #toDraft()} numbers them area by area, as core will.
 */
final class EditableCatalog {

    final List<Area> areas = new ArrayList<>();
    final List<Item> items = new ArrayList<>();
    String code;
    String title;
    String note;

    static EditableCatalog of(CatalogDraft draft) {
        EditableCatalog catalog = new EditableCatalog();
        catalog.code = draft.code();
        catalog.title = draft.title();
        catalog.note = draft.note() == null ? "" : draft.note();
        for (CatalogDraft.Area area : draft.areas()) {
            Area editable = new Area(area.name(), area.description() == null ? "" : area.description());
            catalog.areas.add(editable);
            for (CatalogDraft.Item item : area.items()) {
                Item copy = new Item(editable);
                copy.title = item.title();
                copy.description = item.description();
                copy.kind = item.kind();
                copy.sourceNote = item.sourceNote() == null ? "" : item.sourceNote();
                copy.textConfirmed = item.textConfirmed();
                copy.confirmationNote = item.confirmationNote() == null ? "" : item.confirmationNote();
                copy.resources = ResourceLines.format(item.resources());
                catalog.items.add(copy);
            }
        }
        return catalog;
    }

    /** The items in catalog order: by area, then as listed. */
    List<Item> ordered() {
        return items.stream().sorted(Comparator.comparingInt(item -> areas.indexOf(item.area))).toList();
    }

    int numberOf(Item item) {
        return ordered().indexOf(item) + 1;
    }

    /** Moves the item one place up or down among its area's items. */
    void move(Item item, int by) {
        List<Item> sameArea = items.stream().filter(other -> other.area == item.area).toList();
        int at = sameArea.indexOf(item) + by;
        if (at < 0 || at >= sameArea.size()) {
            return;
        }
        Item other = sameArea.get(at);
        int i = items.indexOf(item);
        int j = items.indexOf(other);
        items.set(i, other);
        items.set(j, item);
    }

    CatalogDraft toDraft() {
        List<CatalogDraft.Area> draftAreas = new ArrayList<>();
        for (Area area : areas) {
            List<CatalogDraft.Item> areaItems = items.stream().filter(item -> item.area == area)
                    .map(item -> new CatalogDraft.Item(item.title, item.description, item.kind, item.sourceNote,
                            item.textConfirmed, item.textConfirmed ? null : item.confirmationNote,
                            ResourceLines.parse(item.resources)))
                    .toList();
            draftAreas.add(new CatalogDraft.Area(area.name, area.description, areaItems));
        }
        return new CatalogDraft(code, title, note, draftAreas);
    }

    static final class Area {
        String name;
        String description;

        Area(String name, String description) {
            this.name = name;
            this.description = description;
        }
    }

    /** One item's fields; Binder reads and writes them. */
    static final class Item {
        Area area;
        String title = "";
        String description = "";
        ItemKind kind = ItemKind.POLICY;
        String sourceNote = "";
        boolean textConfirmed = true;
        String confirmationNote = "";
        String resources = "";

        Item(Area area) {
            this.area = area;
        }

        Area getArea() { return area; }
        void setArea(Area area) { this.area = area; }
        String getTitle() { return title; }
        void setTitle(String title) { this.title = title; }
        String getDescription() { return description; }
        void setDescription(String description) { this.description = description; }
        ItemKind getKind() { return kind; }
        void setKind(ItemKind kind) { this.kind = kind; }
        String getSourceNote() { return sourceNote; }
        void setSourceNote(String sourceNote) { this.sourceNote = sourceNote; }
        boolean isTextConfirmed() { return textConfirmed; }
        void setTextConfirmed(boolean textConfirmed) { this.textConfirmed = textConfirmed; }
        String getConfirmationNote() { return confirmationNote; }
        void setConfirmationNote(String confirmationNote) { this.confirmationNote = confirmationNote; }
        String getResources() { return resources; }
        void setResources(String resources) { this.resources = resources; }
    }

    /** IACP's resources as the editor shows them: one per line, "Title | https://…". */
    static final class ResourceLines {

        static final String FORMAT_HINT = "One per line: Title | https://…";

        private ResourceLines() {
        }

        static String format(List<ItemResource> resources) {
            return String.join("\n", resources.stream().map(r -> r.title() + " | " + r.url()).toList());
        }

        /** Each non-empty line as a resource; a line without "|" is a link without title, refused by core. */
        static List<ItemResource> parse(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return text.lines().filter(line -> !line.isBlank()).map(line -> {
                int bar = line.lastIndexOf('|');
                return bar < 0 ? new ItemResource("", line.strip())
                        : new ItemResource(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
            }).toList();
        }
    }
}
