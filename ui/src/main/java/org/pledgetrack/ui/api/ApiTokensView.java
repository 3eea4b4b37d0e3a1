package org.pledgetrack.ui.api;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.apitoken.ApiToken;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.apitoken.IssuedApiToken;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** Personal API tokens: create one (its secret is shown once), see when each was used, revoke. */
@Route("api-tokens")
@PageTitle("API tokens | pledgetrack")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private final ApiTokenService tokens;
    private final CurrentUser user;
    private final Clock clock;
    private final Grid<ApiToken> grid = new Grid<>(ApiToken.class, false);
    private final TextField name = new TextField("Token name");
    private final IntegerField validityDays = new IntegerField("Valid for (days)");

    ApiTokensView(ApiTokenService tokens, AuthenticatedUser authenticatedUser, Clock clock) {
        this.tokens = tokens;
        this.user = authenticatedUser.get();
        this.clock = clock;
        addClassName("api-tokens-view");
        setSizeFull();
        add(new Paragraph("A token lets a script read the API (/api/v1, described at /swagger-ui.html) as you, "
                + "with your access rights. Keep it secret; revoke it when it is no longer needed."),
                createForm(), configureGrid());
        refresh();
    }

    private HorizontalLayout createForm() {
        name.setMaxLength(100);
        name.setRequired(true);
        name.setPlaceholder("e.g. quarterly export script");
        validityDays.setMin(1);
        validityDays.setMax(366);
        validityDays.setValue(90);
        validityDays.setStepButtonsVisible(true);
        Button create = new Button("Create token", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, validityDays, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<ApiToken> configureGrid() {
        grid.addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(token -> token.prefix() + "…").setHeader("Starts with").setAutoWidth(true);
        grid.addComponentColumn(token -> HumanDates.relativeSpan(token.createdAt(), clock)).setHeader("Created");
        grid.addColumn(token -> HumanDates.date(token.expiresAt().atZone(clock.getZone()).toLocalDate()))
                .setHeader("Expires");
        grid.addComponentColumn(token -> HumanDates.relativeSpan(token.lastUsedAt(), clock)).setHeader("Last used");
        grid.addColumn(token -> token.revokedAt() != null ? "Revoked"
                : token.usableAt(clock.instant()) ? "Active" : "Expired").setHeader("State");
        grid.addComponentColumn(token -> {
            Button revoke = new Button("Revoke", click -> revoke(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setEnabled(token.revokedAt() == null);
            return revoke;
        }).setHeader("").setAutoWidth(true);
        grid.setEmptyStateText("You have no API tokens. Create one above when a script needs to read the API.");
        return grid;
    }

    private void create() {
        try {
            IssuedApiToken issued = tokens.create(user, name.getValue(),
                    validityDays.getValue() == null ? 0 : validityDays.getValue());
            name.clear();
            refresh();
            showSecretOnce(issued);
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showSecretOnce(IssuedApiToken issued) {
        TextField secret = new TextField("Your new token");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Dialog dialog = new Dialog(new Paragraph("Copy it now: it is shown only this once and cannot be recovered."),
                secret);
        dialog.setHeaderTitle("Token \"" + issued.token().name() + "\" created");
        dialog.getFooter().add(new Button("Done", click -> dialog.close()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void revoke(ApiToken token) {
        tokens.revoke(user, token.id());
        refresh();
        Notification.show("Token \"" + token.name() + "\" revoked.", 3000, Notification.Position.BOTTOM_START);
    }

    private void refresh() {
        grid.setItems(tokens.myTokens(user));
    }
}
