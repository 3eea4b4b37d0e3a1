package org.pledgetrack.ui.sso;

import org.pledgetrack.core.sso.SingleSignOnService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The single sign-on beans; with no issuer configured there are none, and nothing about sign-in changes. */
@Configuration
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

    @Configuration
    @ConditionalOnExpression("!'${pledgetrack.sso.issuer-uri:}'.isBlank()")
    static class Enabled {

        @Bean
        IssuerClientRegistrations clientRegistrationRepository(SingleSignOnProperties properties) {
            return new IssuerClientRegistrations(properties);
        }

        @Bean
        SingleSignOnLogin singleSignOnLogin(IssuerClientRegistrations registrations, SingleSignOnService service,
                                            SingleSignOnProperties properties) {
            return new SingleSignOnLogin(registrations, new AccountOidcUserService(service, properties));
        }
    }
}
