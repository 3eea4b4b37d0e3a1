package org.pledgetrack.ui.components;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.pledgetrack.core.locking.EditConflictException;

/**
 * Runs a user's action against a core service and turns the refusals a user can fix into
 * messages: validation errors as a notification, an edit conflict as a dialog offering to
 * reload. Anything else is a bug and goes to the error view.
 */
public final class UserActions {

    private UserActions() {
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
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
