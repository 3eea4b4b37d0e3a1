package org.pledgetrack.ui.agency;

import java.time.Clock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.ui.components.AgencyProgressGrid;
import org.pledgetrack.ui.pledge.AgencyPledgeView;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** Every agency and its pledge progress, for overseers and admins; a row opens the agency's pledge. */
@Route("agencies")
@PageTitle("Agencies | pledgetrack")
@RolesAllowed({"OVERSEER", "ADMIN"})
public class AgenciesView extends VerticalLayout {

    AgenciesView(PledgeService pledges, AuthenticatedUser authenticatedUser, Clock clock) {
        addClassName("agencies-view");
        setSizeFull();
        AgencyProgressGrid grid = new AgencyProgressGrid(pledges, authenticatedUser.get(), clock);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(AgencyPledgeView.class,
                AgencyPledgeView.parameters(click.getItem().agencyId())));
        add(grid.filterBar("Agencies", "agencies"), grid);
        setFlexGrow(1, grid);
    }
}
