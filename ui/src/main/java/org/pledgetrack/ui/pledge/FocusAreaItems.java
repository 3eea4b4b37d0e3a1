package org.pledgetrack.ui.pledge;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.StatusBadge;

/**
 * One focus area's items, as a grid on wide screens and as cards (number, title, status, target)
 * where the grid does not fit (the style sheet switches at 600 px), both narrowed by a status filter.
 */
class FocusAreaItems extends Div {

    private final List<PledgeItem> items;
    private final Grid<PledgeItem> grid = new Grid<>(PledgeItem.class, false);
    private final GridListDataView<PledgeItem> shown;
    private final Div cards = new Div();
    private final Paragraph none = new Paragraph("No items of this focus area have this status.");

    FocusAreaItems(List<PledgeItem> items, Clock clock) {
        this.items = items;
        addClassName("focus-area-items");
        configureGrid(clock);
        shown = grid.setItems(items);
        cards.addClassName("item-cards");
        none.addClassName("filter-empty");
        none.setVisible(false);
        add(grid, cards, none);
        show(null);
    }

    private void configureGrid(Clock clock) {
        grid.addClassName("item-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(PledgeItem::number).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addComponentColumn(item -> new RouterLink(item.title(), ItemView.class, ItemView.parameters(item.id())))
                .setHeader("Item").setWidth("14rem").setFlexGrow(4).setTooltipGenerator(PledgeItem::title);
        grid.addComponentColumn(item -> StatusBadge.of(item.status())).setHeader("Status").setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.ownerName() == null ? "—" : item.ownerName()).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(item -> item.targetOn() == null ? "—" : HumanDates.date(item.targetOn()))
                .setHeader("Target").setAutoWidth(true);
        grid.addComponentColumn(item -> HumanDates.relativeSpan(item.updatedAt(), clock)).setHeader("Last update")
                .setAutoWidth(true);
        grid.addColumn(PledgeItem::evidenceCount).setHeader("Evidence").setAutoWidth(true);
        grid.addColumn(PledgeItem::openComments).setHeader("Open comments").setAutoWidth(true);
        grid.setAllRowsVisible(true);
    }

    /** Shows the items with {@code status} (all when null); says so when the area has none. */
    void show(ItemStatus status) {
        shown.setFilter(item -> status == null || item.status() == status);
        cards.removeAll();
        List<PledgeItem> matching = items.stream().filter(item -> status == null || item.status() == status).toList();
        matching.forEach(item -> cards.add(card(item)));
        grid.setVisible(!matching.isEmpty());
        cards.setVisible(!matching.isEmpty());
        none.setVisible(matching.isEmpty());
    }

    /** The items shown now, in order. */
    List<PledgeItem> shownItems() {
        return shown.getItems().toList();
    }

    private static Div card(PledgeItem item) {
        Div head = new Div(new RouterLink(item.number() + ". " + item.title(), ItemView.class,
                ItemView.parameters(item.id())), StatusBadge.of(item.status()));
        head.addClassName("item-card-head");
        Span target = new Span("Target: " + (item.targetOn() == null ? "—" : HumanDates.date(item.targetOn()))
                + (item.ownerName() == null ? "" : " · Owner: " + item.ownerName()));
        Div card = new Div(head, target);
        card.addClassName("item-card");
        return card;
    }
}
