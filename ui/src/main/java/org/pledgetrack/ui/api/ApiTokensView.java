package org.pledgetrack.ui.api;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.apitoken.ApiToken;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.apitoken.IssuedApiToken;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.CopyButton;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** Personal API tokens: create one (its secret is shown once), see when each was used, revoke. */
@Route("api-tokens")
@PageTitle("API tokens | pledgetrack")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    private final ApiTokenService tokens;
    private final CurrentUser user;
    private final Clock clock;
    private final TokenGrid grid;
    private final TextField name = new TextField("Token name");
    private final IntegerField validityDays = new IntegerField("Valid for (days)");
    private final PasswordField currentPassword = new PasswordField("Your current password");

    ApiTokensView(ApiTokenService tokens, AuthenticatedUser authenticatedUser, Clock clock) {
        this.tokens = tokens;
        this.user = authenticatedUser.get();
        this.clock = clock;
        this.grid = new TokenGrid(clock, this::revoke);
        addClassName("api-tokens-view");
        setSizeFull();
        add(new Paragraph("A token lets a script read the API (/api/v1) as you, with your access rights. "
                + "Keep it secret; revoke it when it is no longer needed. A token is valid for at most "
                + tokens.maxValidityDays() + " days, and changing your password revokes all your tokens."),
                createForm(), configureGrid());
        refresh();
    }

    private HorizontalLayout createForm() {
        name.setMaxLength(100);
        name.setRequired(true);
        name.setPlaceholder("e.g. quarterly export script");
        validityDays.setMin(1);
        validityDays.setMax(tokens.maxValidityDays());
        validityDays.setValue(Math.min(30, tokens.maxValidityDays()));
        validityDays.setStepButtonsVisible(true);
        // asked again because a token outlives this session: an open session alone must not mint one
        currentPassword.setRequired(true);
        Button create = new Button("Create token", click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, validityDays, currentPassword, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private TokenGrid configureGrid() {
        grid.setEmptyStateText("You have no API tokens. Create one above when a script needs to read the API.");
        return grid;
    }

    private void create() {
        try {
            IssuedApiToken issued = tokens.create(user, currentPassword.getValue(), name.getValue(),
                    validityDays.getValue() == null ? 0 : validityDays.getValue());
            name.clear();
            currentPassword.clear();
            refresh();
            showSecretOnce(issued);
        } catch (IllegalArgumentException e) {
            ActionFeedback.refused(e.getMessage());
        }
    }

    private void showSecretOnce(IssuedApiToken issued) {
        TextField secret = new TextField("Your new token");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Dialog dialog = new Dialog(new Paragraph("Copy it now: it is shown only this once and cannot be recovered."),
                secret, new CopyButton(issued.secret(), "Copy token"));
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
