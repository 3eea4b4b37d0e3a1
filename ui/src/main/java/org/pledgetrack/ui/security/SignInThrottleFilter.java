package org.pledgetrack.ui.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pledgetrack.core.security.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts from an address that failed too often recently, before any password is
 * checked, and feeds every failed attempt into the core's {@link LoginThrottle}: wrong passwords and
 * unknown accounts, and also attempts on a locked or disabled account, which Spring Security refuses
 * before the password is checked (so an address cannot hammer a locked account without limit).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before Spring Security reads the password
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final LoginThrottle throttle;

    SignInThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            throttle.recordFailure(details.getRemoteAddress());
        }
    }

    /**
     * Only the sign-in form's POST, matched by its path in the application as Spring Security matches
     * it (not by servlet path, which depends on how the servlets are mapped and is empty in MockMvc).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.isBlocked(request.getRemoteAddr())) {
            log.warn("Sign-in refused: too many failures from {}", request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?blocked");
            return;
        }
        chain.doFilter(request, response);
    }
}
