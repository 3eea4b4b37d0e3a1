package org.pledgetrack.ui.portfolio;

import java.time.Clock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.AgencyProgressGrid;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.pledge.AgencyPledgeView;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** A TA staff member's agencies and how their pledges are going; a row opens the agency's pledge. */
@Route("portfolio")
@PageTitle("My portfolio | pledgetrack")
@RolesAllowed({"TA_STAFF", "ADMIN"})
public class PortfolioView extends VerticalLayout {

    PortfolioView(PledgeService pledges, AuthenticatedUser authenticatedUser, Clock clock) {
        addClassName("portfolio-view");
        setSizeFull();
        CurrentUser user = authenticatedUser.get();
        if (!pledges.seesAnyAgency(user)) {
            add(new EmptyState("No agencies assigned",
                    "Agencies appear here once an administrator assigns them to you."));
        } else {
            AgencyProgressGrid grid = new AgencyProgressGrid(pledges, user, clock);
            grid.addItemClickListener(click -> UI.getCurrent().navigate(AgencyPledgeView.class,
                    AgencyPledgeView.parameters(click.getItem().agencyId())));
            add(grid.filterBar("My portfolio", "portfolio"), grid);
            setFlexGrow(1, grid);
        }
    }
}
