package org.pledgetrack.ui.portfolio;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.ui.components.AgencyProgressGrid;
import org.pledgetrack.ui.components.EmptyState;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** A TA staff member's agencies and how their pledges are going. */
@Route("portfolio")
@PageTitle("My portfolio | pledgetrack")
@RolesAllowed({"TA_STAFF", "ADMIN"})
public class PortfolioView extends VerticalLayout {

    PortfolioView(PledgeService pledges, AuthenticatedUser authenticatedUser, Clock clock) {
        addClassName("portfolio-view");
        setSizeFull();
        List<AgencyProgress> rows = pledges.agencyProgress(authenticatedUser.get());
        if (rows.isEmpty()) {
            add(new EmptyState("No agencies assigned",
                    "Agencies appear here once an administrator assigns them to you."));
        } else {
            AgencyProgressGrid grid = new AgencyProgressGrid(rows, clock);
            add(grid);
            setFlexGrow(1, grid);
        }
    }
}
