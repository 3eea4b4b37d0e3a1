package org.pledgetrack.ui.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;

import org.pledgetrack.ui.sso.SingleSignOnLogin;
import org.pledgetrack.core.security.AccountSessions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Form sign-in through Vaadin's login view; views declare who may open them with
 * {@code @RolesAllowed} / {@code @PermitAll}. The health endpoint stays open for monitoring (status only)
 * and the OpenAPI description for scripts; Swagger UI needs a signed-in user.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountSessions accountSessions, RequestUtil vaadinRequests,
                                           ObjectProvider<SingleSignOnLogin> singleSignOn,
                                           ObjectProvider<SecurityContextHolderStrategy> securityContexts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // open for monitoring; anonymous callers get the status only (application.properties)
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // The API description is public (it is the contract scripts are written against); Swagger UI
                // is for signed-in users only, like every other page. The API has its own token-based chain.
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                .requestMatchers("/swagger-ui.html", "/swagger-ui/**").authenticated());
        // Security headers are written for every response by SecurityHeadersFilter.
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()));
        // A new session id at sign-in, and the account's session generation in the session. Every request of the
        // session checks that generation against the database, so a password change, a disabled account or new
        // rights end the person's sessions on every node, at their next request.
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .addSessionAuthenticationStrategy(new SessionGenerationAtSignIn()));
        http.addFilterAfter(new EndedSessionFilter(accountSessions,
                        securityContexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy),
                        new EndedSessionResponse(vaadinRequests)), SecurityContextHolderFilter.class);
        // Vaadin's own CSRF set-up exempts the login form from Spring's CSRF check, which leaves login
        // CSRF open (a page elsewhere could sign a victim in as the attacker). Its internal requests
        // carry Vaadin's own security key and stay exempt; the sign-in POST must carry the token.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // OpenID Connect sign-in beside the password, only when an identity provider is configured
        singleSignOn.ifAvailable(sso -> sso.applyTo(http));
        return http.build();
    }
}
