package org.pledgetrack.core.security;

/**
 * A signed-in session's principal that stands for a pledgetrack account, however the person signed in
 * (password or the organization's identity provider): views and session handling ask it for the account.
 */
public interface AccountPrincipal {

    CurrentUser currentUser();

    /** The account's session generation when the person signed in (see {@link AccountSessions}). */
    long sessionGeneration();
}
