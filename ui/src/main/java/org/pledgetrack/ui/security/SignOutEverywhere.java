package org.pledgetrack.ui.security;

import org.pledgetrack.core.account.PasswordChanged;
import org.pledgetrack.core.security.AccountPrincipal;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of an account once its password change has committed: whoever knew the old
 * password must sign in again with the new one.
 */
@Component
class SignOutEverywhere {

    private final SessionRegistry sessions;

    SignOutEverywhere(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void onPasswordChanged(PasswordChanged event) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof AccountPrincipal user && user.currentUser().id() == event.userId())
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .forEach(session -> session.expireNow());
    }
}
