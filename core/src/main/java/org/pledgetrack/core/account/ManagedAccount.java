package org.pledgetrack.core.account;

import java.time.Instant;


/**
 * An account as the Accounts page shows it.
 *
 * @param passwordSet      whether the person has ever set a password (an account made by an admin or a roster
 *                         import has none until its invitation is used)
 * @param invitedUntil     until when its newest open invitation works; null when there is none
 */
public record ManagedAccount(UserAccount account, boolean passwordSet, Instant invitedUntil) {

    public long id() {
        return account.id();
    }
}
