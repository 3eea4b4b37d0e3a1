package org.pledgetrack.ui.security;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.pledgetrack.ui.sso.SingleSignOnPanel;
import org.pledgetrack.ui.sso.SingleSignOnProperties;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | pledgetrack")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(SingleSignOnProperties singleSignOn) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(forgot -> forgot.getSource().getUI()
                .ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(texts());

        Div intro = new Div(new H1("pledgetrack"),
                new Paragraph("Trust Building Campaign pledges and BCJI technical assistance, in one place."));
        intro.addClassName("login-intro");
        add(intro, login, new SingleSignOnPanel(singleSignOn));
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(
                "The username or password is not right, or the account is locked for a while after too many "
                        + "wrong passwords. A lock ends by itself; try again later or ask an administrator.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("blocked")) {
            LoginI18n i18n = texts();
            i18n.getErrorMessage().setTitle("Too many attempts");
            i18n.getErrorMessage().setMessage("Sign-in from this address is paused for a few minutes after many "
                    + "failed attempts. Try again later or ask an administrator.");
            login.setI18n(i18n);
            login.setError(true);
        } else if (parameters.containsKey("expired")) {
            LoginI18n i18n = texts();
            i18n.getErrorMessage().setTitle("You were signed out");
            i18n.getErrorMessage().setMessage("Your password was changed, or an administrator changed or disabled "
                    + "your account. Sign in again, or ask an administrator if you cannot.");
            login.setI18n(i18n);
            login.setError(true);
        } else {
            login.setError(parameters.containsKey("error"));
        }
    }
}
