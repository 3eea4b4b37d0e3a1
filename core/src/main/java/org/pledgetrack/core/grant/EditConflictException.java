package org.pledgetrack.core.grant;

import java.time.Instant;

/**
 * Someone else saved the record after the user opened it (optimistic locking). The message names
 * who and when so the user knows whom to talk to before reloading.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String what, String changedBy, Instant changedAt) {
        super(what + " was changed by " + (changedBy == null ? "someone else" : changedBy) + " at "
                + changedAt.toString().replace('T', ' ').replaceFirst("\\.\\d+", "").replace("Z", " UTC")
                + ". Reload to see the current version.");
    }
}
