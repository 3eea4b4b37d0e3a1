package org.pledgetrack.ui.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.account.AccountAdminService;
import org.pledgetrack.core.account.AccountDetails;
import org.pledgetrack.core.account.InvitationService;
import org.pledgetrack.core.account.ManagedAccount;
import org.pledgetrack.core.account.UserAccount;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.agency.OrganizationService;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.api.AccountTokensDialog;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.FixableRefusals;
import org.pledgetrack.ui.components.GridExport;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * Every account with its role, organization and sign-in state, for admins: create and edit accounts, invite people
 * to set their password, disable and enable them, unlock them and see their API tokens.
 */
@Route("admin/accounts")
@PageTitle("Accounts | pledgetrack")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final AccountAdminService accounts;
    private final InvitationService invitations;
    private final OrganizationService organizations;
    private final ApiTokenService tokens;
    private final CurrentUser admin;
    private final Clock clock;
    private final Grid<ManagedAccount> grid = new Grid<>(ManagedAccount.class, false);
    private final Button inviteSelected = new Button("Invite selected", VaadinIcon.ENVELOPE.create());
    private final Button disableSelected = new Button("Disable selected", VaadinIcon.BAN.create());

    UsersView(UserService users, AccountAdminService accounts, InvitationService invitations,
              OrganizationService organizations, ApiTokenService tokens, AuthenticatedUser authenticatedUser,
              Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.invitations = invitations;
        this.organizations = organizations;
        this.tokens = tokens;
        this.admin = authenticatedUser.get();
        this.clock = clock;
        addClassName("users-view");
        setSizeFull();
        configureGrid();
        add(toolbar(), GridExport.of(grid, "Accounts", "accounts", () -> "All accounts", List.of(
                GridExport.Column.text("Username", row -> row.account().username()),
                GridExport.Column.text("Name", row -> row.account().displayName()),
                GridExport.Column.text("Role", row -> AccountDialog.roleLabel(row.account().role())),
                GridExport.Column.text("Organization", row -> row.account().organizationName()),
                GridExport.Column.text("State", this::state),
                GridExport.Column.integer("Failed sign-ins", row -> row.account().failedLoginCount()),
                GridExport.Column.date("Last sign-in", row -> row.account().lastLoginAt() == null ? null
                        : LocalDate.ofInstant(row.account().lastLoginAt(), ZoneOffset.UTC))), clock), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Component toolbar() {
        Button create = new Button("New account", VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteSelected.addClickListener(click -> invite(selectedIds()));
        disableSelected.addClickListener(click -> confirmDisable(grid.getSelectedItems()));
        disableSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        updateBulkButtons();
        HorizontalLayout toolbar = new HorizontalLayout(create, inviteSelected, disableSelected);
        toolbar.addClassName("accounts-toolbar");
        toolbar.setWrap(true);
        return toolbar;
    }

    private void configureGrid() {
        grid.addClassName("accounts-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> updateBulkButtons());
        grid.addColumn(row -> row.account().username()).setHeader("Username").setKey("username").setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(row -> row.account().displayName()).setHeader("Name").setWidth("9rem");
        grid.addColumn(row -> AccountDialog.roleLabel(row.account().role())).setHeader("Role").setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(row -> row.account().organizationName()).setHeader("Organization").setWidth("11rem")
                .setFlexGrow(2);
        grid.addColumn(this::state).setHeader("State").setKey("state").setWidth("9rem");
        grid.addComponentColumn(row -> HumanDates.relativeSpan(row.account().lastLoginAt(), clock))
                .setHeader("Last sign-in").setAutoWidth(true);
        // The actions stay in view when the columns are wider than the screen (on a phone); at 1366 px every
        // column fits beside them, their buttons taking two lines rather than widening the column.
        grid.addComponentColumn(this::rowActions).setHeader("Actions").setKey("actions").setWidth("11rem")
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No accounts yet: create one with New account.");
    }

    private String state(ManagedAccount row) {
        UserAccount account = row.account();
        if (!row.passwordSet()) {
            return row.invitedUntil() == null ? "Not invited yet"
                    : "Invited until " + HumanDates.exact(row.invitedUntil());
        }
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

    private Component rowActions(ManagedAccount row) {
        String username = row.account().username();
        Button edit = labelled(new Button("Edit", click -> openEdit(row)), "Edit " + username);
        // someone with a password resets it themselves ("Forgot password?"); Invite selected still sends them a link
        Button invite = labelled(new Button("Invite", click -> invite(List.of(row.id()))), "Invite " + username);
        invite.setVisible(!row.passwordSet());
        Button enable = labelled(new Button("Enable", click -> enable(row)), "Enable " + username);
        enable.setVisible(!row.account().enabled() && row.passwordSet());
        Button disable = labelled(new Button("Disable", click -> confirmDisable(Set.of(row))), "Disable " + username);
        disable.setVisible(row.account().enabled() && row.id() != admin.id());
        HorizontalLayout actions = new HorizontalLayout(edit, invite, enable, disable, unlockButton(row),
                tokensButton(row));
        actions.setWrap(true);
        actions.setSpacing(false);
        return actions;
    }

    /** A small row button whose accessible name says which account it acts on. */
    private static Button labelled(Button button, String ariaLabel) {
        button.getElement().setAttribute("aria-label", ariaLabel);
        return small(button);
    }

    private Button unlockButton(ManagedAccount row) {
        UserAccount account = row.account();
        Button unlock = small(new Button("Unlock", click -> {
            users.unlock(admin, account.id());
            ActionFeedback.saved(account.username() + " can sign in again.");
            refresh();
        }));
        unlock.setVisible(account.lockedAt(clock.instant()) || account.failedLoginCount() > 0
                || account.lockoutStreak() > 0);
        return unlock;
    }

    private Button tokensButton(ManagedAccount row) {
        return small(new Button("API tokens",
                click -> new AccountTokensDialog(tokens, admin, row.account(), clock).open()));
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void openCreate() {
        new AccountDialog("New account", organizations.organizations(admin), true).edit(
                new AccountDetails("", "", "", null, null), details -> {
                    long id = accounts.create(admin, details);
                    invite(List.of(id));
                    return "Created " + details.username().strip() + ".";
                }, this::refresh);
    }

    private void openEdit(ManagedAccount row) {
        UserAccount account = row.account();
        new AccountDialog("Edit " + account.username(), organizations.organizations(admin), false).edit(
                new AccountDetails(account.username(), account.displayName(), account.email(), account.role(),
                        account.organizationId()), details -> {
                    accounts.update(admin, account.id(), details);
                    return "Saved " + account.username() + ".";
                }, this::refresh);
    }

    private void invite(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        FixableRefusals.attempt(() -> {
            new InvitationLinksDialog(invitations.invite(admin, userIds)).open();
            refresh();
        }, ActionFeedback::refused);
    }

    private void enable(ManagedAccount row) {
        FixableRefusals.attempt(() -> {
            accounts.enable(admin, row.id());
            refresh();
            ActionFeedback.saved(row.account().username() + " can sign in again.");
        }, ActionFeedback::refused);
    }

    private void confirmDisable(Set<ManagedAccount> selected) {
        if (selected.isEmpty()) {
            return;
        }
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(selected.size() == 1
                ? "Disable " + selected.iterator().next().account().username() + "?"
                : "Disable " + selected.size() + " accounts?");
        confirm.add(new Paragraph("They are signed out at once, cannot sign in, and their API tokens and unused "
                + "password links stop working. You can enable them again later."));
        Button disable = new Button("Disable", click -> FixableRefusals.attempt(() -> {
            int count = accounts.disable(admin, selected.stream().map(ManagedAccount::id).toList());
            confirm.close();
            refresh();
            ActionFeedback.saved(count == 1 ? "1 account disabled." : count + " accounts disabled.");
        }, message -> {
            confirm.close();
            ActionFeedback.refused(message);
        }));
        disable.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.getFooter().add(new Button("Cancel", click -> confirm.close()), disable);
        confirm.open();
    }

    private List<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(ManagedAccount::id).toList();
    }

    private void updateBulkButtons() {
        boolean any = !grid.getSelectedItems().isEmpty();
        inviteSelected.setEnabled(any);
        disableSelected.setEnabled(any);
    }


    private void refresh() {
        grid.deselectAll();
        grid.setItems(accounts.accounts(admin));
    }
}
