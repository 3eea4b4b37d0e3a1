package org.pledgetrack.core.account;

/** A password link that cannot set a password (any more); the page explains what to do instead. */
public class PasswordLinkRefused extends RuntimeException {

    private final PasswordLinkState state;

    PasswordLinkRefused(PasswordLinkState state) {
        super("This link cannot be used: " + state);
        this.state = state;
    }

    public PasswordLinkState state() {
        return state;
    }
}
