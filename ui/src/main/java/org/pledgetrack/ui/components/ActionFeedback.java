package org.pledgetrack.ui.components;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.pledgetrack.core.locking.EditConflictException;

/**
 * Runs a user's action against a core service and turns the refusals a user can fix into
 * messages: validation errors as a notification, an edit conflict as a dialog offering to
 * reload. Anything else is a bug and goes to the error view.
 * <p>
 * Outcome notifications sit at the bottom corner, away from the fields they are about, one at a
 * time: a new one replaces the one before, and navigating closes it
 * ({@link NotificationsCloseOnNavigation}).
 */
public final class ActionFeedback {

    static final int ERROR_MILLIS = 5000;
    static final int SUCCESS_MILLIS = 3000;

    private ActionFeedback() {
    }

    /** Runs {@code action}; returns whether it succeeded. */
    public static boolean attempt(Runnable action, Runnable reload) {
        try {
            action.run();
            return true;
        } catch (EditConflictException conflict) {
            new ConflictDialog(conflict.getMessage(), reload).open();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            refused(refused.getMessage());
        }
        return false;
    }

    /** Tells the user why something they sent was refused (also for refusals the browser reports, such as an upload). */
    public static void refused(String message) {
        show(message, ERROR_MILLIS, NotificationVariant.LUMO_ERROR);
    }

    public static void saved(String message) {
        show(message, SUCCESS_MILLIS, NotificationVariant.LUMO_SUCCESS);
    }

    private static void show(String message, int millis, NotificationVariant variant) {
        UI ui = UI.getCurrent();
        Notification previous = ComponentUtil.getData(ui, Notification.class);
        if (previous != null) {
            previous.close();
        }
        Notification notification = new Notification(message, millis, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.addOpenedChangeListener(change -> {
            if (!change.isOpened() && ComponentUtil.getData(ui, Notification.class) == notification) {
                ComponentUtil.setData(ui, Notification.class, null);
            }
        });
        ComponentUtil.setData(ui, Notification.class, notification);
        notification.open();
    }
}
