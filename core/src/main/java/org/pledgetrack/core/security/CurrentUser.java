package org.pledgetrack.core.security;

/**
 * The person acting in a service call. Every service method takes one, so authorization is
 * decided in {@code core}, not by which buttons a view happens to show.
 */
public record CurrentUser(long id, String username, String displayName, Role role,
                          long organizationId, String organizationName) {

    public boolean is(Role other) {
        return role == other;
    }

    /** Overseers and admins read every agency's data. */
    public boolean readsEverything() {
        return role == Role.OVERSEER || role == Role.ADMIN;
    }
}
