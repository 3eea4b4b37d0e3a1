package org.pledgetrack.ui.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserAccount;
import org.pledgetrack.ui.api.AccountTokensDialog;
import org.pledgetrack.ui.components.GridExport;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** Every account with its role, organization and sign-in state, for admins. */
@Route("admin/accounts")
@PageTitle("Accounts | pledgetrack")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final ApiTokenService tokens;
    private final CurrentUser admin;
    private final Clock clock;
    private final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);

    UsersView(UserService users, ApiTokenService tokens, AuthenticatedUser authenticatedUser, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.admin = authenticatedUser.get();
        this.clock = clock;
        addClassName("users-view");
        setSizeFull();
        configureGrid();
        add(GridExport.of(grid, "Accounts", "accounts", () -> "All accounts", List.of(
                GridExport.Column.text("Username", UserAccount::username),
                GridExport.Column.text("Name", UserAccount::displayName),
                GridExport.Column.text("Role", account -> account.role().name()),
                GridExport.Column.text("Organization", UserAccount::organizationName),
                GridExport.Column.text("State", this::state),
                GridExport.Column.integer("Failed sign-ins", UserAccount::failedLoginCount),
                GridExport.Column.date("Last sign-in", account -> account.lastLoginAt() == null ? null
                        : LocalDate.ofInstant(account.lastLoginAt(), ZoneOffset.UTC))), clock), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("accounts-grid");
        grid.addColumn(UserAccount::username).setHeader("Username").setAutoWidth(true).setSortable(true);
        grid.addColumn(UserAccount::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(account -> account.role().name()).setHeader("Role").setAutoWidth(true).setSortable(true);
        grid.addColumn(UserAccount::organizationName).setHeader("Organization").setAutoWidth(true).setFlexGrow(2)
                .setTooltipGenerator(UserAccount::organizationName);
        grid.addColumn(this::state).setHeader("State").setKey("state").setAutoWidth(true);
        grid.addColumn(UserAccount::failedLoginCount).setHeader("Failed sign-ins").setAutoWidth(true);
        grid.addComponentColumn(account -> HumanDates.relativeSpan(account.lastLoginAt(), clock))
                .setHeader("Last sign-in").setAutoWidth(true);
        grid.addComponentColumn(this::unlockButton).setHeader("").setKey("unlock").setAutoWidth(true);
        grid.addComponentColumn(this::tokensButton).setHeader("").setKey("tokens").setAutoWidth(true);
    }

    private String state(UserAccount account) {
        if (!account.enabled()) {
            return "Disabled";
        }
        if (!account.lockedAt(clock.instant())) {
            return "Active";
        }
        // the lock ends by itself; the streak tells a forgotten password from someone guessing
        String locked = "Locked until " + HumanDates.exact(account.lockedUntil());
        return account.lockoutStreak() > 1 ? locked + " (lockout " + account.lockoutStreak() + " in a row)" : locked;
    }

    private Button unlockButton(UserAccount account) {
        Button unlock = new Button("Unlock", click -> {
            users.unlock(admin, account.id());
            Notification.show(account.username() + " can sign in again.", 3000, Notification.Position.BOTTOM_START);
            refresh();
        });
        unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        unlock.setVisible(account.lockedAt(clock.instant()) || account.failedLoginCount() > 0
                || account.lockoutStreak() > 0);
        return unlock;
    }

    private Button tokensButton(UserAccount account) {
        Button button = new Button("API tokens", click -> new AccountTokensDialog(tokens, admin, account, clock).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refresh() {
        grid.setItems(users.listAccounts(admin));
    }
}
