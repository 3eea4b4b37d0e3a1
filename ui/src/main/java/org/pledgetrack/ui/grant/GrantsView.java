package org.pledgetrack.ui.grant;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** BCJI grants the user may see, with their TA deliverable counts. */
@Route("grants")
@PageTitle("Grants and TA | pledgetrack")
@PermitAll
public class GrantsView extends VerticalLayout {

    GrantsView(GrantService grants, AuthenticatedUser authenticatedUser) {
        addClassName("grants-view");
        setSizeFull();
        List<GrantSummary> rows = grants.visibleGrants(authenticatedUser.get());
        if (rows.isEmpty()) {
            add(new EmptyState("No grants",
                    "BCJI grants your organization takes part in, or that you are assigned to, appear here."));
            return;
        }
        Grid<GrantSummary> grid = new Grid<>(GrantSummary.class, false);
        grid.addColumn(GrantSummary::awardNumber).setHeader("Award").setAutoWidth(true);
        grid.addColumn(GrantSummary::siteName).setHeader("Site").setFlexGrow(2);
        grid.addColumn(GrantSummary::leadAgencyName).setHeader("Lead agency").setFlexGrow(1);
        grid.addColumn(g -> NumberFormat.getCurrencyInstance(Locale.US).format(g.awardAmount()))
                .setHeader("Award amount").setAutoWidth(true);
        grid.addColumn(g -> HumanDates.date(g.startOn()) + " – " + HumanDates.date(g.endOn()))
                .setHeader("Period").setAutoWidth(true);
        grid.addColumn(GrantSummary::deliverables).setHeader("TA deliverables").setAutoWidth(true);
        grid.setItems(rows);
        add(grid);
        setFlexGrow(1, grid);
    }
}
