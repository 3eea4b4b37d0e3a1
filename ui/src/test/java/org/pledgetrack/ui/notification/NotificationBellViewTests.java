package org.pledgetrack.ui.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.notification.NotificationKind;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationBellViewTests extends KaribuViewTests {

    @Autowired NotificationService notifications;
    @Autowired UserRepository users;

    @Test
    void bellShowsTheUnreadCountAndMarkingReadLowersIt() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        notifications.markAllRead(overseer);
        notifications.notify(overseer.id(), NotificationKind.GRANTEE_REPORT_DUE, "Final report due 2028-01-28",
                "Remind the grantee.", "grants", "bell-test-1");
        notifications.notify(overseer.id(), NotificationKind.GRANTEE_REPORT_DUE, "Progress report due 2027-01-30",
                null, "grants", "bell-test-2");

        signInAs(DemoAccounts.OVERSEER);
        navigateTo("grants");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.count.getText()).isEqualTo("2");
        assertThat(bell.count.isVisible()).isTrue();

        _click(bell.bell);
        Dialog list = _get(Dialog.class);
        assertThat(_find(list, Span.class, spec -> spec.withText("Final report due 2028-01-28"))).hasSize(1);
        _click(_find(list, Button.class, spec -> spec.withText("Mark read")).getFirst());
        assertThat(bell.count.getText()).isEqualTo("1");
        assertThat(notifications.unreadCount(overseer)).isEqualTo(1);
    }
}
