package org.pledgetrack.ui.notification;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.notification.EmailChoices;
import org.pledgetrack.core.notification.EmailDelivery;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.notification.NotificationTopic;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * The signed-in user's own notification settings: for each topic, how its notifications reach them
 * by e-mail. Account locks concern administrators only, so only they see that topic.
 */
@Route("account/notifications")
@PageTitle("Notification settings | pledgetrack")
@PermitAll
public class NotificationSettingsView extends VerticalLayout {

    final Map<NotificationTopic, RadioButtonGroup<EmailDelivery>> deliveries = new EnumMap<>(NotificationTopic.class);
    final Button save = new Button("Save");
    /** The form edits a copy of the choices per topic; topics not shown keep their stored choice. */
    private final Binder<EnumMap<NotificationTopic, EmailDelivery>> binder = new Binder<>();
    private final NotificationService notifications;
    private final CurrentUser user;

    NotificationSettingsView(NotificationService notifications, AuthenticatedUser authenticatedUser) {
        this.notifications = notifications;
        this.user = authenticatedUser.get();
        addClassName("notification-settings-view");
        setMaxWidth("44rem");
        add(intro());
        Arrays.stream(NotificationTopic.values()).filter(this::concernsUser).forEach(topic -> add(field(topic)));
        configureSave();
        add(save);
        load();
    }

    private static Component intro() {
        Paragraph intro = new Paragraph("The bell at the top of every page always lists your notifications. Choose for "
                + "each kind whether it also reaches you by e-mail: immediately (one e-mail per notification), in a "
                + "daily digest (one e-mail a day with everything since the last one), or off (only the bell).");
        intro.addClassName("hint");
        return intro;
    }

    private boolean concernsUser(NotificationTopic topic) {
        return topic != NotificationTopic.ACCOUNTS || user.is(Role.ADMIN);
    }

    private RadioButtonGroup<EmailDelivery> field(NotificationTopic topic) {
        RadioButtonGroup<EmailDelivery> field = new RadioButtonGroup<>(label(topic));
        field.setItems(EmailDelivery.values());
        field.setItemLabelGenerator(NotificationSettingsView::label);
        // every kind always has a choice (at once until the user picks), so no field shows a required mark
        binder.forField(field).bind(choices -> choices.get(topic), (choices, delivery) -> choices.put(topic, delivery));
        deliveries.put(topic, field);
        return field;
    }

    private void configureSave() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setDisableOnClick(true);
    }

    private void load() {
        binder.setBean(new EnumMap<>(notifications.emailChoices(user).byTopic()));
    }

    private void save() {
        if (binder.validate().isOk()
                && ActionFeedback.attempt(() -> notifications.changeEmailChoices(user, new EmailChoices(binder.getBean())),
                this::load)) {
            ActionFeedback.saved("Notification settings saved.");
        }
        save.setEnabled(true);
    }

    static String label(NotificationTopic topic) {
        return switch (topic) {
            case TA_REQUESTS -> "TA requests: new requests, questions, answers and added information";
            case REVIEWS -> "Reviews: items submitted, returned or verified";
            case COMMENTS -> "Comments on items";
            case ASSIGNMENTS -> "TA assignments made or ended";
            case REMINDERS -> "Reminders: due dates, deadlines and submissions waiting for review";
            case ACCOUNTS -> "Accounts locked again";
        };
    }

    static String label(EmailDelivery delivery) {
        return switch (delivery) {
            case IMMEDIATELY -> "Immediately";
            case DAILY_DIGEST -> "Daily digest";
            case OFF -> "Off";
        };
    }
}
