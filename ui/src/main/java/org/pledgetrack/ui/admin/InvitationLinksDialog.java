package org.pledgetrack.ui.admin;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.pledgetrack.core.account.IssuedLink;

/**
 * What happened to the invitations just made: e-mailed, or (without SMTP, or when the server refused) the link
 * itself, to copy and pass on to the person by other means.
 */
class InvitationLinksDialog extends Dialog {

    InvitationLinksDialog(List<IssuedLink> issued) {
        setHeaderTitle(issued.size() == 1 ? "Invitation" : issued.size() + " invitations");
        setWidth("min(48rem, 95vw)");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        long mailed = issued.stream().filter(IssuedLink::mailed).count();
        if (mailed > 0) {
            content.add(new Paragraph(mailed == 1
                    ? "E-mailed to " + issued.stream().filter(IssuedLink::mailed).findFirst().orElseThrow().email() + "."
                    : mailed + " invitations were e-mailed."));
        }
        List<IssuedLink> toPassOn = issued.stream().filter(link -> !link.mailed()).toList();
        if (!toPassOn.isEmpty()) {
            content.add(new Paragraph("No e-mail was sent for these (SMTP is not configured, or the mail server "
                    + "refused). Copy each link and give it to the person; it works once."));
            toPassOn.forEach(link -> content.add(linkRow(link)));
        }
        add(content);
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    private static Component linkRow(IssuedLink link) {
        TextField field = new TextField(link.username() + " (" + link.email() + ")");
        field.setValue(link.link());
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("invitation-link");
        Button copy = new Button("Copy", VaadinIcon.COPY.create());
        copy.getElement().setAttribute("aria-label", "Copy the link for " + link.username());
        // copied in the browser's own click handler: the clipboard is only writable during the user's gesture
        copy.getElement().executeJs("this.addEventListener('click', () => navigator.clipboard.writeText($0))",
                link.link());
        copy.addClickListener(click -> Notification.show("Link for " + link.username() + " copied.", 2500,
                Notification.Position.BOTTOM_START));
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, field);
        return row;
    }
}
