package org.pledgetrack.core.pledge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Makes the configured {@link ScheduleRule} a bean; a bad threshold stops start-up naming the key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleRule.class)
class ScheduleRuleConfiguration {
}
