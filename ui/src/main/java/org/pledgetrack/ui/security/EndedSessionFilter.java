package org.pledgetrack.ui.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.pledgetrack.core.security.AccountPrincipal;
import org.pledgetrack.core.security.AccountSessions;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before every request of a signed-in browser session, whichever node it reaches: is the session's generation
 * still its account's (one primary-key read, no cache)? If not — the password was changed or reset, the account
 * disabled or its role or organization changed, on this node or another — the session is ended and the person
 * sent to sign in again. The API's token chain does not pass here; tokens are revoked in the database.
 */
class EndedSessionFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;
    private final SecurityContextHolderStrategy securityContexts;
    private final EndedSessionResponse ended;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    /**
     * @param securityContexts this chain's strategy, not the JVM-wide holder's: Vaadin installs one per application
     *                         context (see {@code ApiTokenAuthenticationFilter})
     */
    EndedSessionFilter(AccountSessions sessions, SecurityContextHolderStrategy securityContexts,
                       EndedSessionResponse ended) {
        this.sessions = sessions;
        this.securityContexts = securityContexts;
        this.ended = ended;
        logout.setSecurityContextHolderStrategy(securityContexts);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = securityContexts.getContext().getAuthentication();
        if (session != null && authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal account
                && !isValid(session, account)) {
            logout.logout(request, response, authentication);
            ended.send(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isValid(HttpSession session, AccountPrincipal account) {
        Long generation = SessionGeneration.of(session);
        return generation != null && sessions.isValid(account.currentUser().id(), generation);
    }
}
