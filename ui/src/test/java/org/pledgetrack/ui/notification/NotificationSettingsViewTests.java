package org.pledgetrack.ui.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Footer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.notification.EmailChoices;
import org.pledgetrack.core.notification.EmailDelivery;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.notification.NotificationTopic;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationSettingsViewTests extends KaribuViewTests {

    @Autowired NotificationService notifications;
    @Autowired UserRepository users;

    @AfterEach
    void backToImmediately() {
        notifications.changeEmailChoices(dayton(), EmailChoices.all(EmailDelivery.IMMEDIATELY));
    }

    @Test
    void userMenuOpensTheSettingsAndEachTopicsChoiceIsSavedForThatUserOnly() {
        signInAs(DemoAccounts.DAYTON_AGENCY);
        navigateTo("my-pledge");
        _click(_get(_get(Footer.class), Button.class, spec -> spec.withText("Notifications")));
        NotificationSettingsView view = _get(NotificationSettingsView.class);
        assertThat(view.deliveries.keySet()).as("account locks concern admins only").containsExactly(
                NotificationTopic.TA_REQUESTS, NotificationTopic.REVIEWS, NotificationTopic.COMMENTS,
                NotificationTopic.ASSIGNMENTS, NotificationTopic.REMINDERS);
        assertThat(view.deliveries.values()).allSatisfy(field -> {
            assertThat(field.getValue()).isEqualTo(EmailDelivery.IMMEDIATELY);
            assertThat(field.getLabel()).isNotBlank();
        });

        view.deliveries.get(NotificationTopic.COMMENTS).setValue(EmailDelivery.DAILY_DIGEST);
        view.deliveries.get(NotificationTopic.REMINDERS).setValue(EmailDelivery.OFF);
        _click(view.save);

        assertThat(notifications.emailChoices(dayton())).isEqualTo(EmailChoices.all(EmailDelivery.IMMEDIATELY)
                .with(NotificationTopic.COMMENTS, EmailDelivery.DAILY_DIGEST)
                .with(NotificationTopic.REMINDERS, EmailDelivery.OFF));
        assertThat(notifications.emailChoices(Users.signedIn(users, DemoAccounts.WICHITA_AGENCY)))
                .isEqualTo(EmailChoices.all(EmailDelivery.IMMEDIATELY));
        navigateTo("my-pledge");
        navigateTo("account/notifications");
        assertThat(_get(NotificationSettingsView.class).deliveries.get(NotificationTopic.COMMENTS).getValue())
                .isEqualTo(EmailDelivery.DAILY_DIGEST);
    }

    @Test
    void adminAlsoChoosesForAccountLocks() {
        signInAs(DemoAccounts.ADMIN);
        navigateTo("account/notifications");
        assertThat(_get(NotificationSettingsView.class).deliveries).containsKey(NotificationTopic.ACCOUNTS);
    }

    @Test
    void bellListOffersTheSettings() {
        signInAs(DemoAccounts.DAYTON_AGENCY);
        navigateTo("my-pledge");
        _click(_get(NotificationBell.class).bell);
        _click(_get(Button.class, spec -> spec.withText("Settings")));
        assertThat(_get(NotificationSettingsView.class)).isNotNull();
    }

    private CurrentUser dayton() {
        return Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
    }
}
