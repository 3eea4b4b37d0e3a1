package org.pledgetrack.ui.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.pledgetrack.core.account.PasswordResetService;
import org.pledgetrack.core.account.ResetRequestAnswer;

/**
 * "Forgot password?": the person gives their username or e-mail address and is told the same words whether or
 * not an account matched; a link is e-mailed when one did.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password | pledgetrack")
@AnonymousAllowed
public class ForgotPasswordView extends PublicPage {

    /** The one answer, whether or not an account matched. */
    static final String SENT = "If an account has that username or e-mail address, a link to set a new password "
            + "is on its way to the account's e-mail address. It works once, for a short time. Nothing arrived? "
            + "Check the spelling and your spam folder, or ask your administrator.";

    private final PasswordResetService resets;
    private final TextField who = new TextField("Username or e-mail address");
    private final Span error = new Span();
    private final Binder<Request> binder = new Binder<>();

    ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("forgot-password-view");
        who.setMaxLength(254);
        who.setWidthFull();
        who.setAutofocus(true);
        error.addClassName("form-error");
        binder.forField(who).asRequired("Enter your username or e-mail address.")
                .bind(Request::getWho, Request::setWho);
        Button send = new Button("Send me a link", click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        show("Forgot your password?", new Paragraph("We will e-mail you a link to choose a new one."), who, error,
                send, signInLink());
    }

    private void send() {
        Request request = new Request();
        if (!binder.writeBeanIfValid(request)) {
            return;
        }
        VaadinRequest current = VaadinRequest.getCurrent();
        ResetRequestAnswer answer = resets.requestReset(request.getWho(),
                current == null ? null : current.getRemoteAddr());
        if (answer == ResetRequestAnswer.TOO_MANY_FROM_ADDRESS) {
            error.setText("Too many requests from your network lately. Try again in an hour, or ask your "
                    + "administrator.");
            return;
        }
        showOutcome("Check your e-mail", SENT);
    }

    /** The field while it is typed; Binder reads and writes it. */
    static final class Request {
        private String who = "";

        String getWho() { return who; }
        void setWho(String who) { this.who = who; }
    }
}
