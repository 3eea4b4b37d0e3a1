package org.pledgetrack.core.account;

/** Why a one-time link to set a password was made. */
public enum PasswordLinkPurpose {
    /** An admin invited the person; setting the password also enables the account. */
    INVITATION,
    /** The person asked for it with "Forgot password?". */
    RESET
}
