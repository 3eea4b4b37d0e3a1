package org.pledgetrack.core.database;

import java.nio.file.Path;
import java.time.Clock;

import org.jooq.SQLDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/** Database-wide settings that do not depend on which server is used. */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    /** MYSQL, not MARIADB: Connector/J with the MARIADB dialect fails on insert ... returning. */
    @Bean
    DefaultConfigurationCustomizer jooqDialect() {
        return configuration -> configuration.set(SQLDialect.MYSQL);
    }

    /**
     * Lets every pooled connection send files for {@link LocalInfile}'s loads from the bulk-load
     * directory, and from nowhere else. Static: post-processors are made before the other beans.
     */
    @Bean
    static BeanPostProcessor localFilesOnlyFromTheBulkLoadDirectory(@Value(LocalInfile.DIRECTORY) Path directory) {
        String allowed = LocalInfile.resolved(directory).toString();
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    pool.addDataSourceProperty("allowLoadLocalInfileInPath", allowed);
                }
                return bean;
            }
        };
    }

    /** All times are UTC; tests replace this clock to move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
