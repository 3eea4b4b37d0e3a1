package org.pledgetrack.ui.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;

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
 * <p>
 * The static files every page loads (the frontend bundle, styles, icons) are the same for everyone, so they skip the
 * read: a page load would otherwise cost dozens of them. Vaadin's dynamic resources (downloads, uploads) are under
 * {@code /VAADIN/dynamic/} and are checked like any request.
 */
class EndedSessionFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;
    private final SecurityContextHolderStrategy securityContexts;
    private final EndedSessionResponse ended;
    private static final List<String> STATIC_FOLDERS = List.of("/VAADIN/build/", "/VAADIN/static/", "/lumo/",
            "/icons/", "/images/");
    private static final Set<String> STATIC_FILES = Set.of("/styles.css", "/favicon.ico", "/manifest.webmanifest",
            "/sw.js", "/offline.html");

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
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && (STATIC_FILES.contains(path) || STATIC_FOLDERS.stream().anyMatch(path::startsWith));
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
