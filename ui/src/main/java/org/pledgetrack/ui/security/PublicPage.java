package org.pledgetrack.ui.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The frame of the pages reached before signing in beside the login page itself (set your password, forgot
 * password): the application's name over one card whose content changes as the person goes along.
 */
abstract class PublicPage extends VerticalLayout {

    private final Div card = new Div();

    PublicPage() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassName("public-card");
        Div intro = new Div(new H1("pledgetrack"));
        intro.addClassName("login-intro");
        add(intro, card);
    }

    /** Replaces the card's content with a heading and the given components. */
    protected void show(String heading, Component... content) {
        card.removeAll();
        card.add(new H2(heading));
        card.add(content);
    }

    /** Shows a message that ends the page's task, with the way back to the sign-in page. */
    protected void showOutcome(String heading, String text) {
        Paragraph message = new Paragraph(text);
        message.getElement().setAttribute("role", "status");
        show(heading, message, signInLink());
    }

    protected static Anchor signInLink() {
        Anchor link = new Anchor("login", "Go to the sign-in page");
        link.addClassName("public-card-link");
        return link;
    }
}
