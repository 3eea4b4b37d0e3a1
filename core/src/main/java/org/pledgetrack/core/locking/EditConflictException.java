package org.pledgetrack.core.locking;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A save refused because someone else changed the record since it was read (optimistic
 * locking). The message names who changed it and when, so the user can reload and decide.
 */
public class EditConflictException extends RuntimeException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private final String changedBy;
    private final Instant changedAt;

    public EditConflictException(String what, String changedBy, Instant changedAt) {
        super(what + " was changed by " + (changedBy == null ? "another user" : changedBy) + " on "
                + WHEN.format(changedAt) + " after you opened it. Your changes were not saved; reload to see "
                + "the current version.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
