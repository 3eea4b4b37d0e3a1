package org.pledgetrack.ui.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in as the owner of its {@code Authorization: Bearer} token. A missing or
 * unusable token leaves the request anonymous; the API's entry point then answers 401.
 * Deliberately not a Spring bean, so it runs only in the API filter chain.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy securityContexts;

    /**
     * @param securityContexts the strategy the API's filter chain reads the authentication from. Not
     *                         the JVM-wide {@code SecurityContextHolder}: Vaadin installs its own strategy
     *                         there (a thread-local of its own) per application context, so in a JVM with
     *                         two contexts the static holder can be another context's, and a token's
     *                         authentication written there was never seen by this chain (answering 401).
     */
    ApiTokenAuthenticationFilter(ApiTokenService tokens, SecurityContextHolderStrategy securityContexts) {
        this.tokens = tokens;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(BEARER)) {
            tokens.authenticate(header.substring(BEARER.length()).strip()).ifPresent(user ->
                    securityContexts.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null,
                                    List.of(new SimpleGrantedAuthority(user.role().authority())))));
        }
        chain.doFilter(request, response);
    }
}
