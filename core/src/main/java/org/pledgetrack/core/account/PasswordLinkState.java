package org.pledgetrack.core.account;

/** What a password link is good for when someone opens it. */
public enum PasswordLinkState {
    /** It sets the password once. */
    USABLE,
    /** It was valid but its time is up. */
    EXPIRED,
    /** It was used, or replaced by a newer link, or the account was disabled since. */
    USED,
    /** No such link (mistyped or cut off). */
    UNKNOWN
}
