package org.pledgetrack.core.files;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Run in a JVM of its own with a heap far smaller than the file (see {@code ContentStoreIntegrationTests}):
 * writes {@code <bytes>} of {@link GeneratedContent} into the database store, reads them back, deletes the file
 * and prints the SHA-256 of what it read. Were the file ever whole in memory, this JVM would run out of it.
 *
 * <p>Arguments: JDBC URL, user, password, bytes, seed.
 */
public final class LargeFileRoundTrip {

    private LargeFileRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        long bytes = Long.parseLong(args[3]);
        long seed = Long.parseLong(args[4]);
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            DatabaseContentStore store = new DatabaseContentStore(DSL.using(connection, SQLDialect.MYSQL),
                    Clock.systemUTC());
            String key = StorageKeys.newKey();
            try (OutputStream out = store.create(key)) {
                new GeneratedContent(bytes, seed).transferTo(out);
            }
            String sha256;
            try (InputStream in = store.open(key)) {
                sha256 = GeneratedContent.sha256Of(in);
            }
            store.delete(key);
            System.out.println("sha256=" + sha256);
            System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
        }
    }
}
