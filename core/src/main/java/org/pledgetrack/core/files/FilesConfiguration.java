package org.pledgetrack.core.files;

import java.time.Clock;
import java.util.Locale;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(FilesConfiguration.class);

    @Bean
    ContentStores contentStores(FileProperties properties, DSLContext dsl, Clock clock) {
        // which store a server uses decides whether other servers can read its files, so it is said at start-up
        log.info("Files are kept {} (pledgetrack.files.store={})", properties.store() == FileProperties.Store.LOCAL
                ? "on this server's disk in " + properties.dir().toAbsolutePath() : "in the database",
                properties.store().name().toLowerCase(Locale.ROOT));
        return switch (properties.store()) {
            case LOCAL -> LocalContentStore::new;
            case DATABASE -> {
                ContentStore database = new DatabaseContentStore(dsl, clock);
                yield folder -> database;
            }
        };
    }
}
