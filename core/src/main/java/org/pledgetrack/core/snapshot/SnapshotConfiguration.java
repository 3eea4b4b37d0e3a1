package org.pledgetrack.core.snapshot;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schedule thresholds come from configuration so an overseer's policy change needs no release. */
@Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    @Bean
    ScheduleRule scheduleRule(@Value("${pledgetrack.schedule.at-risk-points:10}") BigDecimal atRiskPoints,
                              @Value("${pledgetrack.schedule.behind-points:25}") BigDecimal behindPoints) {
        return new ScheduleRule(atRiskPoints, behindPoints);
    }
}
