package org.pledgetrack.ui.components;

import java.util.function.Consumer;

import org.pledgetrack.core.locking.EditConflictException;

/**
 * Runs a service call and turns the refusals a user can fix (validation, a wrong status, a
 * concurrent edit) into their message; anything else is a bug and propagates.
 */
public final class FixableRefusals {

    private FixableRefusals() {
    }

    /** True when the action succeeded; otherwise the message went to {@code onError}. */
    public static boolean attempt(Runnable action, Consumer<String> onError) {
        try {
            action.run();
            return true;
        } catch (IllegalArgumentException | IllegalStateException | EditConflictException e) {
            onError.accept(e.getMessage());
            return false;
        }
    }
}
