package org.pledgetrack.core.account;

/** How a "Forgot password?" request was answered; never whether the account exists. */
public enum ResetRequestAnswer {
    /** Taken: a link was e-mailed if an account matched (and its own limit allowed). */
    ACCEPTED,
    /** Too many requests from this address lately: nothing was looked up. */
    TOO_MANY_FROM_ADDRESS
}
