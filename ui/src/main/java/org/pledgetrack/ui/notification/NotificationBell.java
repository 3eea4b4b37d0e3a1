package org.pledgetrack.ui.notification;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Location;
import org.pledgetrack.core.notification.Notification;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.HumanDates;

/** The bell in the header: unread count, and a list of the latest notifications to open or mark read. */
public class NotificationBell extends Div {

    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    private final NotificationService notifications;
    private final CurrentUser user;
    private final Clock clock;

    public NotificationBell(NotificationService notifications, CurrentUser user, Clock clock) {
        this.notifications = notifications;
        this.user = user;
        this.clock = clock;
        addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(click -> openList());
        count.addClassName("notification-count");
        add(bell, count);
        refresh();
    }

    /** Re-reads the unread count (after navigation, after marking). */
    public void refresh() {
        int unread = notifications.unreadCount(user);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread");
    }

    void openList() {
        Dialog dialog = new Dialog();
        dialog.addClassName("notification-list");
        dialog.setHeaderTitle("Notifications");
        fill(dialog);
        Button markAll = new Button("Mark all read", click -> {
            notifications.markAllRead(user);
            fill(dialog);
            refresh();
        });
        Button settings = new Button("Settings", click -> {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(NotificationSettingsView.class));
        });
        settings.setTooltipText("Choose how notifications reach you by e-mail");
        dialog.getFooter().add(markAll, settings, new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private void fill(Dialog dialog) {
        dialog.removeAll();
        var latest = notifications.latest(user);
        if (latest.isEmpty()) {
            dialog.add(new Paragraph("No notifications. TA request answers, returned and verified items, comments and reminders of due dates appear here."));
        }
        latest.forEach(n -> dialog.add(entry(n, dialog)));
    }

    /** A link may carry a query ({@code ta-requests?request=12}), which {@code UI.navigate(String)} would take as part of the path. */
    static void open(UI ui, String link) {
        Location location = new Location(link);
        ui.navigate(location.getPath(), location.getQueryParameters());
    }

    private Component entry(Notification n, Dialog dialog) {
        Span title = new Span(n.title());
        title.addClassName("notification-title");
        Div entry = new Div(title);
        entry.addClassName("notification-entry");
        if (n.unread()) {
            entry.addClassName("unread");
        }
        if (n.body() != null) {
            entry.add(new Paragraph(n.body()));
        }
        Div actions = new Div(HumanDates.relativeSpan(n.createdAt(), clock));
        actions.addClassName("notification-actions");
        if (n.link() != null) {
            actions.add(new Button("Open", click -> {
                notifications.markRead(user, n.id());
                dialog.close();
                refresh();
                getUI().ifPresent(ui -> open(ui, n.link()));
            }));
        }
        if (n.unread()) {
            actions.add(new Button("Mark read", click -> {
                notifications.markRead(user, n.id());
                fill(dialog);
                refresh();
            }));
        }
        actions.getChildren().filter(Button.class::isInstance)
                .forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        entry.add(actions);
        return entry;
    }
}
