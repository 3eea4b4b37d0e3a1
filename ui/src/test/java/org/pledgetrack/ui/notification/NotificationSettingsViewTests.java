package org.pledgetrack.ui.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Footer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.notification.EmailDelivery;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationSettingsViewTests extends KaribuViewTests {

    @Autowired NotificationService notifications;
    @Autowired UserRepository users;

    @AfterEach
    void backToImmediately() {
        notifications.changeEmailDelivery(dayton(), EmailDelivery.IMMEDIATELY);
    }

    @Test
    void userMenuOpensTheSettingsAndTheChoiceIsSavedForThatUserOnly() {
        signInAs(DemoAccounts.DAYTON_AGENCY);
        navigateTo("my-pledge");
        _click(_get(_get(Footer.class), Button.class, spec -> spec.withText("Notifications")));
        NotificationSettingsView view = _get(NotificationSettingsView.class);
        assertThat(view.delivery.getValue()).isEqualTo(EmailDelivery.IMMEDIATELY);
        assertThat(view.delivery.getLabel()).isEqualTo("E-mail me about my notifications");

        view.delivery.setValue(EmailDelivery.DAILY_DIGEST);
        _click(view.save);

        assertThat(notifications.emailDelivery(dayton())).isEqualTo(EmailDelivery.DAILY_DIGEST);
        assertThat(notifications.emailDelivery(Users.signedIn(users, DemoAccounts.WICHITA_AGENCY)))
                .isEqualTo(EmailDelivery.IMMEDIATELY);
        navigateTo("my-pledge");
        navigateTo("account/notifications");
        assertThat(_get(NotificationSettingsView.class).delivery.getValue()).isEqualTo(EmailDelivery.DAILY_DIGEST);
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
