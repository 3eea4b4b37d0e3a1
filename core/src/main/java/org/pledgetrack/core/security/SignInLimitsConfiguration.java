package org.pledgetrack.core.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the sign-in limits beans; a bad value stops start-up naming the key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LockoutRule.class, AddressLimit.class})
class SignInLimitsConfiguration {
}
