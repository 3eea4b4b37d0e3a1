package org.pledgetrack.ui.sso;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in through the organization's OpenID Connect identity provider, off unless an issuer is set.
 *
 * @param issuerUri            {@code pledgetrack.sso.issuer-uri}: the provider's issuer; its
 *                             {@code /.well-known/openid-configuration} is read on the first SSO sign-in.
 *                             Empty: no single sign-on, and the sign-in page shows no SSO button
 * @param clientId             {@code pledgetrack.sso.client-id}: this application's client id at the provider
 * @param clientSecret         {@code pledgetrack.sso.client-secret}: its secret
 * @param emailClaim           {@code pledgetrack.sso.email-claim}: the claim that carries the e-mail address
 * @param requireVerifiedEmail {@code pledgetrack.sso.require-verified-email}: accept an address only when the
 *                             provider's {@code email_verified} claim is true; set {@code false} only for a
 *                             provider that vouches for every address it issues but does not send that claim
 * @param buttonLabel          {@code pledgetrack.sso.button-label}: the text of the button on the sign-in page
 */
@ConfigurationProperties("pledgetrack.sso")
public record SingleSignOnProperties(@DefaultValue("") String issuerUri,
                                     @DefaultValue("") String clientId,
                                     @DefaultValue("") String clientSecret,
                                     @DefaultValue("email") String emailClaim,
                                     @DefaultValue("true") boolean requireVerifiedEmail,
                                     @DefaultValue("Sign in with your organization") String buttonLabel) {

    /** The registration id, which is also the last part of the redirect URI the provider must allow. */
    static final String REGISTRATION_ID = "sso";

    public SingleSignOnProperties {
        if (!issuerUri.isBlank()) {
            String scheme = issuerUri.strip().toLowerCase(Locale.ROOT);
            if (!scheme.startsWith("https://") && !scheme.startsWith("http://")) {
                throw new IllegalArgumentException("pledgetrack.sso.issuer-uri must be an http(s) address, not '"
                        + issuerUri + "'");
            }
            if (clientId.isBlank()) {
                throw new IllegalArgumentException("pledgetrack.sso.client-id must be set when "
                        + "pledgetrack.sso.issuer-uri is");
            }
            if (emailClaim.isBlank()) {
                throw new IllegalArgumentException("pledgetrack.sso.email-claim must name a claim");
            }
            if (buttonLabel.isBlank()) {
                throw new IllegalArgumentException("pledgetrack.sso.button-label must not be empty");
            }
        }
    }

    public boolean enabled() {
        return !issuerUri.isBlank();
    }

    /** Where the sign-in page's button sends the browser to start the sign-in at the provider. */
    public String startPath() {
        return "oauth2/authorization/" + REGISTRATION_ID;
    }
}
