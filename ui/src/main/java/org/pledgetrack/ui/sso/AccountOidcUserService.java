package org.pledgetrack.ui.sso;

import org.pledgetrack.core.sso.SingleSignOnOutcome;
import org.pledgetrack.core.sso.SingleSignOnService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a verified OpenID Connect sign-in into the pledgetrack account with the provider's e-mail
 * address, or refuses it with an error code the sign-in page explains. Creates no account.
 */
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnService singleSignOn;
    private final SingleSignOnProperties properties;

    AccountOidcUserService(SingleSignOnService singleSignOn, SingleSignOnProperties properties) {
        this.singleSignOn = singleSignOn;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = provider.loadUser(request);
        Object email = provided.getClaims().get(properties.emailClaim());
        boolean verified = !properties.requireVerifiedEmail() || Boolean.TRUE.equals(provided.getEmailVerified());
        SingleSignOnOutcome outcome = singleSignOn.signIn(provided.getIssuer().toString(),
                email == null ? null : email.toString(), verified);
        if (outcome.user() == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(SignInRefusal.of(outcome.result()).code()));
        }
        return new AccountOidcUser(outcome.user(), outcome.sessionGeneration(), provided);
    }
}
