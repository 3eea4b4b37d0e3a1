package org.pledgetrack.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pledgetrack.core.security.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Puts the session generation the account had when its password (or the identity provider's answer) was checked
 * into the session being signed in. Runs for the password form and for single sign-on alike.
 */
class SessionGenerationAtSignIn implements SessionAuthenticationStrategy {

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof AccountPrincipal account) {
            SessionGeneration.set(request.getSession(), account.sessionGeneration());
        }
    }
}
