package org.pledgetrack.ui.sso;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration, read from the issuer's discovery document on first use rather than at
 * start-up: an identity provider that is down must not stop the application, whose password sign-in
 * works without it. Once read, it is kept; until then each SSO attempt tries again.
 */
final class IssuerClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(IssuerClientRegistrations.class);

    private final SingleSignOnProperties properties;
    private volatile ClientRegistration registration;

    IssuerClientRegistrations(SingleSignOnProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SingleSignOnProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = discovered();
            registration = known;
        }
        return known;
    }

    private ClientRegistration discovered() {
        try {
            return ClientRegistrations.fromIssuerLocation(properties.issuerUri().strip())
                    .registrationId(SingleSignOnProperties.REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .scope("openid", "email", "profile")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
        } catch (RuntimeException e) {
            log.error("Cannot read the OpenID Connect configuration of {} (pledgetrack.sso.issuer-uri): {}",
                    properties.issuerUri(), e.getMessage());
            throw e;
        }
    }
}
