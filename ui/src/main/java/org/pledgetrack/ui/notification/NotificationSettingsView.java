package org.pledgetrack.ui.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.notification.EmailDelivery;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.UserActions;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** The signed-in user's own notification settings: how notifications reach them by e-mail. */
@Route("account/notifications")
@PageTitle("Notification settings | pledgetrack")
@PermitAll
public class NotificationSettingsView extends VerticalLayout {

    /** What the form edits. */
    static final class Choice {
        private EmailDelivery delivery;

        EmailDelivery getDelivery() {
            return delivery;
        }

        void setDelivery(EmailDelivery delivery) {
            this.delivery = delivery;
        }
    }

    final RadioButtonGroup<EmailDelivery> delivery = new RadioButtonGroup<>("E-mail me about my notifications");
    final Button save = new Button("Save");
    private final Binder<Choice> binder = new Binder<>();
    private final NotificationService notifications;
    private final CurrentUser user;

    NotificationSettingsView(NotificationService notifications, AuthenticatedUser authenticatedUser) {
        this.notifications = notifications;
        this.user = authenticatedUser.get();
        addClassName("notification-settings-view");
        setMaxWidth("44rem");
        configureForm();
        add(intro(), delivery, save);
        load();
    }

    private static Component intro() {
        Paragraph intro = new Paragraph("The bell at the top of every page always lists your notifications: TA request "
                + "questions and answers, returned and verified items, comments on your items, and reminders of due dates. "
                + "Choose whether they also reach you by e-mail.");
        intro.addClassName("hint");
        return intro;
    }

    private void configureForm() {
        delivery.setItems(EmailDelivery.values());
        delivery.setItemLabelGenerator(NotificationSettingsView::label);
        delivery.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        binder.forField(delivery).asRequired("Choose how notifications reach you by e-mail.")
                .bind(Choice::getDelivery, Choice::setDelivery);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setDisableOnClick(true);
    }

    private void load() {
        Choice choice = new Choice();
        choice.setDelivery(notifications.emailDelivery(user));
        binder.readBean(choice);
    }

    private void save() {
        Choice choice = new Choice();
        if (binder.writeBeanIfValid(choice)
                && UserActions.attempt(() -> notifications.changeEmailDelivery(user, choice.getDelivery()), this::load)) {
            UserActions.saved("Notification settings saved.");
        }
        save.setEnabled(true);
    }

    static String label(EmailDelivery delivery) {
        return switch (delivery) {
            case IMMEDIATELY -> "Immediately: one e-mail per notification";
            case DAILY_DIGEST -> "Daily digest: one e-mail a day with everything since the last one";
            case OFF -> "Off: no e-mail, only the bell";
        };
    }
}
