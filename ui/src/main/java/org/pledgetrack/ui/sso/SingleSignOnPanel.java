package org.pledgetrack.ui.sso;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * The sign-in page's single sign-on part: a button that starts the sign-in at the organization's
 * identity provider and, after a refusal, why it was refused. Shows nothing when SSO is not configured.
 */
public class SingleSignOnPanel extends Div implements BeforeEnterObserver {

    private final Div refusal = new Div();

    public SingleSignOnPanel(SingleSignOnProperties properties) {
        addClassName("sso-panel");
        setVisible(properties.enabled());
        refusal.addClassName("sso-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Span or = new Span("or");
        or.addClassName("sso-or");
        // a full page load, not a route: the provider's sign-in is outside the application
        Anchor start = new Anchor(properties.startPath(), properties.buttonLabel());
        start.setRouterIgnore(true);
        start.addClassName("sso-button");
        add(refusal, or, start);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignInRefusal.fromQuery(event.getLocation().getQueryParameters().getParameters().get("sso"))
                .ifPresentOrElse(reason -> {
                    refusal.setText(reason.message());
                    refusal.setVisible(true);
                }, () -> refusal.setVisible(false));
    }
}
