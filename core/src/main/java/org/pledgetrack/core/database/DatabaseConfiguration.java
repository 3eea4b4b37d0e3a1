package org.pledgetrack.core.database;

import java.time.Clock;

import org.jooq.SQLDialect;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Database-wide settings that do not depend on which server is used. */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods // for RetriedOnWriteConflict
public class DatabaseConfiguration {

    /** MYSQL, not MARIADB: Connector/J with the MARIADB dialect fails on insert ... returning. */
    @Bean
    DefaultConfigurationCustomizer jooqDialect() {
        return configuration -> configuration.set(SQLDialect.MYSQL);
    }

    /** All times are UTC; tests replace this clock to move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
