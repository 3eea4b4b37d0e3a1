package org.pledgetrack.core.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded MariaDB runs when no external database is configured.
 *
 * @param dataDir   directory that keeps the database files between restarts
 * @param port      TCP port; 0 picks a free one (3306 is often taken by a system MariaDB)
 * @param database  name of the schema the application uses
 * @param ephemeral delete the data directory on shutdown (tests)
 */
@ConfigurationProperties("pledgetrack.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port, String database, boolean ephemeral) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (database == null || database.isBlank()) {
            database = "pledgetrack";
        }
    }
}
