package org.pledgetrack.ui.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response. A servlet filter rather than Spring Security's header
 * configuration because Vaadin serves its login view and bootstrap requests outside the security
 * filter chain, where those headers would be missing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * The strictest policy Vaadin 25 runs under here, measured in headless Chromium with the strict
     * candidate sent as {@code Content-Security-Policy-Report-Only} beside it
     * ({@code ContentSecurityPolicyBrowserTests} then proves the sign-in page and signed-in views work under
     * this one with no violation). What remains allowed, and why:
     * <ul>
     * <li>{@code script-src 'unsafe-inline'}: the sign-in page's bootstrap runs ten inline scripts (Vaadin's
     * start-up), each refused without it (measured 2026-12-07, Chromium 156). Hashes would have to follow
     * Vaadin's page from version to version, and a nonce reach every script it writes.</li>
     * <li>{@code script-src 'unsafe-eval'}: Flow's client evaluates strings as JavaScript (the server's
     * {@code executeJs}) while it handles the first server answer, on the sign-in page and every view;
     * refused without it.</li>
     * <li>{@code style-src 'unsafe-inline'}: the components set inline styles and style elements.</li>
     * <li>{@code connect-src ws: wss:}: server push over a web socket.</li>
     * </ul>
     * Everything else is this origin only; nothing may frame the app or load plugins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
