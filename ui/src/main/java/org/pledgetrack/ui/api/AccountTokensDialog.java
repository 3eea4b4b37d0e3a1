package org.pledgetrack.ui.api;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import org.pledgetrack.core.account.UserAccount;
import org.pledgetrack.core.apitoken.ApiToken;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.security.CurrentUser;

/**
 * An account's API tokens for an admin, who revokes them (a token seen in use where it should not
 * be, or an account whose owner has left); core refuses anyone else.
 */
public class AccountTokensDialog extends Dialog {

    private final ApiTokenService tokens;
    private final CurrentUser admin;
    private final UserAccount account;
    private final TokenGrid grid;

    public AccountTokensDialog(ApiTokenService tokens, CurrentUser admin, UserAccount account, Clock clock) {
        this.tokens = tokens;
        this.admin = admin;
        this.account = account;
        this.grid = new TokenGrid(clock, this::revoke);
        grid.setEmptyStateText(account.username() + " has no API tokens.");
        setHeaderTitle("API tokens of " + account.username());
        add(grid);
        getFooter().add(new Button("Close", click -> close()));
        setWidth("min(60rem, 95vw)");
        refresh();
    }

    private void revoke(ApiToken token) {
        tokens.revoke(admin, token.id());
        refresh();
        Notification.show("Token \"" + token.name() + "\" of " + account.username() + " revoked.", 3000,
                Notification.Position.BOTTOM_START);
    }

    private void refresh() {
        grid.setItems(tokens.tokensOf(admin, account.id()));
    }
}
