package org.pledgetrack.core.apitoken;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the token limits bean; a bad value stops start-up naming the key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiTokenSettings.class)
class ApiTokenConfiguration {
}
