package org.pledgetrack.core.testsupport;

import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.SignInAccounts;

/** Looks up demo accounts as the {@link CurrentUser} a service call takes. */
public final class Users {

    private Users() {
    }

    public static CurrentUser signedIn(SignInAccounts users, String username) {
        return users.findCredentials(username).orElseThrow().user();
    }
}
