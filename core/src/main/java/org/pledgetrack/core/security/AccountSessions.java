package org.pledgetrack.core.security;

import org.springframework.stereotype.Service;

/**
 * Ends an account's browser sessions on every application node. The database keeps, per account, a session
 * generation; a session remembers the one it signed in under and is valid while the account's is still that one.
 * Ending the sessions adds 1, in the transaction of the change that ends them (a password change or reset,
 * disabling the account, a new role or organization), so a session is never refused before that change commits
 * nor accepted after it. A counter and no timestamps: the nodes' clocks play no part.
 */
@Service
public class AccountSessions {

    private final SignInAccounts users;

    AccountSessions(SignInAccounts users) {
        this.users = users;
    }

    /**
     * Ends every session of the account, in the caller's transaction.
     *
     * @return the new generation: the one a session that should live on (the person who changed their own
     *         password) continues under
     */
    public long endAll(long userId) {
        return users.nextSessionGeneration(userId);
    }

    /** Whether a session signed in under {@code generation} is still valid: one primary-key read. */
    public boolean isValid(long userId, long generation) {
        return users.sessionGeneration(userId).map(current -> current == generation).orElse(false);
    }
}
