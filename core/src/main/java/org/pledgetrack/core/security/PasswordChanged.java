package org.pledgetrack.core.security;

/** Published after a password change, so every session of that account can be ended. */
public record PasswordChanged(long userId, String username) {
}
