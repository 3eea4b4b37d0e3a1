package org.pledgetrack.core.account;

/**
 * What the "set your password" page learns about a link before the person types a password.
 *
 * @param username the account's username, only when the link is usable (so that a stale link tells nothing)
 */
public record PasswordLinkCheck(PasswordLinkState state, PasswordLinkPurpose purpose, String username) {

    static PasswordLinkCheck refused(PasswordLinkState state) {
        return new PasswordLinkCheck(state, null, null);
    }
}
