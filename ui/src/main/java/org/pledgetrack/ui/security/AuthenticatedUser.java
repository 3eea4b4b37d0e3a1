package org.pledgetrack.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.AccountPrincipal;
import org.springframework.stereotype.Component;

/** The signed-in user as the {@link CurrentUser} every core service call takes. */
@Component
public class AuthenticatedUser {

    private final AuthenticationContext authenticationContext;

    AuthenticatedUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** The current user; views are only reachable signed in, so absence is a programming error. */
    public CurrentUser get() {
        return authenticationContext.getAuthenticatedUser(AccountPrincipal.class)
                .map(AccountPrincipal::currentUser)
                .orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public void signOut() {
        authenticationContext.logout();
    }
}
