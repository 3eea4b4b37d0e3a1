package org.pledgetrack.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.ui.admin.UsersView;
import org.pledgetrack.ui.agency.AgenciesView;
import org.pledgetrack.ui.pledge.MyPledgeView;
import org.pledgetrack.ui.portfolio.PortfolioView;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** The address after sign-in: sends each role to its own landing view. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final AuthenticatedUser authenticatedUser;

    HomeView(AuthenticatedUser authenticatedUser) {
        this.authenticatedUser = authenticatedUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(landingViewFor());
    }

    private Class<? extends Component> landingViewFor() {
        return switch (authenticatedUser.get().role()) {
            case AGENCY -> MyPledgeView.class;
            case TA_STAFF -> PortfolioView.class;
            case OVERSEER -> AgenciesView.class;
            case ADMIN -> UsersView.class;
        };
    }
}
