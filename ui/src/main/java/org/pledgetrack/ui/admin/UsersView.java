package org.pledgetrack.ui.admin;

import java.time.Clock;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.security.UserAccount;
import org.pledgetrack.core.security.UserService;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** Every account with its role, organization and sign-in state, for admins. */
@Route("admin/accounts")
@PageTitle("Accounts | pledgetrack")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    UsersView(UserService users, AuthenticatedUser authenticatedUser, Clock clock) {
        addClassName("users-view");
        setSizeFull();
        Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
        grid.addColumn(UserAccount::username).setHeader("Username").setAutoWidth(true).setSortable(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(account -> account.role().name()).setHeader("Role").setAutoWidth(true).setSortable(true);
        grid.addColumn(UserAccount::organizationName).setHeader("Organization").setFlexGrow(2);
        grid.addColumn(account -> account.enabled() ? "Active" : "Disabled").setHeader("State").setAutoWidth(true);
        grid.addColumn(UserAccount::failedLoginCount).setHeader("Failed sign-ins").setAutoWidth(true);
        grid.addComponentColumn(account -> HumanDates.relativeSpan(account.lastLoginAt(), clock))
                .setHeader("Last sign-in").setAutoWidth(true);
        grid.setItems(users.listAccounts(authenticatedUser.get()));
        add(grid);
        setFlexGrow(1, grid);
    }
}
