package org.pledgetrack.core.account;

/** Published after a password change, so every session of that account can be ended. */
public record PasswordChanged(long userId, String username) {
}
