package org.pledgetrack.core.account;

/**
 * A password link just made for an account.
 *
 * @param mailed whether it was e-mailed to the person
 * @param link   the link itself, only when it was not e-mailed (so that an admin can pass it on); null otherwise
 */
public record IssuedLink(long userId, String username, String email, boolean mailed, String link) {
}
