package org.pledgetrack.core.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: with no {@code spring.datasource.url} configured, the application starts
 * its own MariaDB. Setting the URL (e.g. {@code SPRING_DATASOURCE_URL}) switches this off and Spring
 * Boot connects to the external server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(embeddedMariaDb.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("pledgetrack-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
