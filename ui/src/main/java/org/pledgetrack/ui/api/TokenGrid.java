package org.pledgetrack.ui.api;

import java.time.Clock;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import org.pledgetrack.core.apitoken.ApiToken;
import org.pledgetrack.ui.components.HumanDates;

/**
 * A list of API tokens with their dates and state and a revoke button each: the owner's own on
 * {@link ApiTokensView}, any account's for an admin ({@link AccountTokensDialog}).
 */
public class TokenGrid extends Grid<ApiToken> {

    public TokenGrid(Clock clock, Consumer<ApiToken> revoke) {
        super(ApiToken.class, false);
        addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2);
        addColumn(token -> token.startsWith() + "…").setHeader("Starts with").setKey("startsWith").setAutoWidth(true);
        addComponentColumn(token -> HumanDates.relativeSpan(token.createdAt(), clock)).setHeader("Created");
        addColumn(token -> HumanDates.date(token.expiresAt().atZone(clock.getZone()).toLocalDate()))
                .setHeader("Expires");
        addComponentColumn(token -> HumanDates.relativeSpan(token.lastUsedAt(), clock)).setHeader("Last used");
        addColumn(token -> token.revokedAt() != null ? "Revoked"
                : token.usableAt(clock.instant()) ? "Active" : "Expired").setHeader("State").setKey("state");
        addComponentColumn(token -> {
            Button button = new Button("Revoke", click -> revoke.accept(token));
            button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            button.setEnabled(token.revokedAt() == null);
            return button;
        }).setHeader("").setKey("revoke").setAutoWidth(true);
    }
}
