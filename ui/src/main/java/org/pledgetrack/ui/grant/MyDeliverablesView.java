package org.pledgetrack.ui.grant;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.MyDeliverables;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** A TA staff member's worklist: overdue, due in the next 30 days, delivered in the last 30 days. */
@Route("my-deliverables")
@PageTitle("My deliverables | pledgetrack")
@RolesAllowed("TA_STAFF")
public class MyDeliverablesView extends VerticalLayout {

    final Grid<Deliverable> overdue = grid();
    final Grid<Deliverable> upcoming = grid();
    final Grid<Deliverable> recentlyDelivered = grid();

    MyDeliverablesView(DeliverableService deliverables, AuthenticatedUser authenticatedUser) {
        addClassName("my-deliverables-view");
        MyDeliverables mine = deliverables.myDeliverables(authenticatedUser.get());
        add(section("Overdue", overdue, mine.overdue(),
                        "Nothing overdue. Deliverables past their due date and not delivered show up here."),
                section("Due in the next 30 days", upcoming, mine.upcoming(),
                        "Nothing due in the next 30 days. Plan deliverables on a grant's page."),
                section("Delivered in the last 30 days", recentlyDelivered, mine.recentlyDelivered(),
                        "Nothing delivered recently. Record a delivery on the grant's page once it happened."));
    }

    private static Component section(String title, Grid<Deliverable> grid, List<Deliverable> rows, String emptyText) {
        grid.setItems(rows);
        grid.setEmptyStateText(emptyText);
        Paragraph count = new Paragraph(rows.size() + (rows.size() == 1 ? " deliverable" : " deliverables")
                + " · open one to edit it or record its delivery on its grant's page");
        count.addClassName("hint");
        Div section = new Div(new H3(title), count, grid);
        section.addClassNames("card", "section");
        return section;
    }

    private static Grid<Deliverable> grid() {
        Grid<Deliverable> grid = new Grid<>(Deliverable.class, false);
        grid.addColumn(Deliverable::title).setHeader("Deliverable").setFlexGrow(2);
        grid.addColumn(d -> d.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(Deliverable::siteName).setHeader("Grant site").setFlexGrow(2);
        grid.addColumn(d -> HumanDates.date(d.dueOn())).setHeader("Due").setAutoWidth(true);
        grid.addColumn(d -> HumanDates.date(d.deliveredOn() != null ? d.deliveredOn() : d.scheduledOn()))
                .setHeader("Scheduled / delivered").setAutoWidth(true);
        grid.addComponentColumn(DeliverableBadges::status).setHeader("Status").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> grid.getUI()
                .ifPresent(ui -> ui.navigate("grants/" + click.getItem().grantId())));
        return grid;
    }
}
