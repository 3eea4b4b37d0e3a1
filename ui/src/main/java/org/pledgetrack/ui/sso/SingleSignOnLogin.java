package org.pledgetrack.ui.sso;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Adds the OpenID Connect sign-in to the application's security filter chain beside the password
 * sign-in. Exists only when {@code pledgetrack.sso.issuer-uri} is set. Unsigned-in visitors still go to
 * the sign-in page (never straight to the provider); a refusal comes back there with its reason.
 */
public class SingleSignOnLogin {

    private final IssuerClientRegistrations registrations;
    private final AccountOidcUserService accounts;

    SingleSignOnLogin(IssuerClientRegistrations registrations, AccountOidcUserService accounts) {
        this.registrations = registrations;
        this.accounts = accounts;
    }

    public void applyTo(HttpSecurity http) {
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                .failureHandler((request, response, exception) -> response.sendRedirect(
                        request.getContextPath() + "/login?sso=" + refusalOf(exception).code())));
    }

    private static SignInRefusal refusalOf(AuthenticationException exception) {
        return exception instanceof OAuth2AuthenticationException oauth
                ? SignInRefusal.ofCode(oauth.getError().getErrorCode())
                : SignInRefusal.FAILED;
    }
}
