package org.pledgetrack.core.files;

import java.time.Clock;

import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the configured {@link FileProperties} a bean (a bad value stops start-up naming the key), and the
 * {@link ContentStores} that {@code pledgetrack.files.store} chooses.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileProperties.class)
class FilesConfiguration {

    @Bean
    ContentStores contentStores(FileProperties properties, DSLContext dsl, Clock clock) {
        return switch (properties.store()) {
            case LOCAL -> LocalContentStore::new;
            case DATABASE -> {
                ContentStore database = new DatabaseContentStore(dsl, clock);
                yield folder -> database;
            }
        };
    }
}
