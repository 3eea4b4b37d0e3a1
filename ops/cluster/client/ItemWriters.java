import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Clients that save item changes through the cluster's database front while test.sh kills a database
 * node: each client owns one item and saves numbered changes to its notes one after the other (the
 * statement shape of the application's optimistic item update), each in its own transaction. A transaction
 * the database ends as the loser of a write conflict (error 1213) is run again up to three times, 50, 100 and
 * 200 ms later, as the application's item changes are ({@code RetriedOnWriteConflict}); a change that still
 * fails, or whose connection broke, is tried once more, as a person would click Save again. A client
 * reconnects as the application's connection pool does (waiting up to 30 s for a connection). Runs for the
 * given seconds, then prints one line per client: {@code item <id> confirmed <n> attempted <m> retries <r>
 * failed <f> longest-gap-ms <g> conflict-retries <c>}.
 *
 * <p>Usage: {@code java -cp mysql-connector-j.jar ItemWriters.java <jdbc-url> <user> <password> <seconds> <item ids...>}
 */
public class ItemWriters {

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2];
        long until = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        List<Writer> writers = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            writers.add(new Writer(url, user, password, Long.parseLong(args[i]), until));
        }
        writers.forEach(Thread::start);
        for (Writer writer : writers) {
            writer.join();
            System.out.println(writer.report());
        }
    }

    static final class Writer extends Thread {
        private final String url, user, password;
        private final long item, until;
        private Connection connection;
        private static final int CONFLICT = 1213;
        private static final long[] CONFLICT_DELAYS_MS = {50, 100, 200};

        private int confirmed, attempted, retries, failed, conflictRetries;
        private long lastConfirmedAt = System.nanoTime(), longestGap;

        Writer(String url, String user, String password, long item, long until) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.item = item;
            this.until = until;
        }

        @Override
        public void run() {
            while (System.nanoTime() < until) {
                attempted++;
                if (save(attempted) || retry(attempted)) {
                    confirmed = attempted;
                    long now = System.nanoTime();
                    longestGap = Math.max(longestGap, (now - lastConfirmedAt) / 1_000_000);
                    lastConfirmedAt = now;
                } else {
                    failed++;
                }
            }
            close();
        }

        private boolean retry(int change) {
            retries++;
            return save(change);
        }

        /** One save as the application's service makes it: retried in place while it loses write conflicts. */
        private boolean save(int change) {
            for (int conflicts = 0; ; conflicts++) {
                try {
                    return saveOnce(change);
                } catch (SQLException e) {
                    System.err.println("item " + item + " change " + change + ": " + e.getMessage());
                    close();
                    if (e.getErrorCode() != CONFLICT || conflicts == CONFLICT_DELAYS_MS.length) {
                        return false;
                    }
                    conflictRetries++;
                    pause(CONFLICT_DELAYS_MS[conflicts]);
                }
            }
        }

        private boolean saveOnce(int change) throws SQLException {
            Connection c = connection();
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE pledge_item SET notes = ?, version = version + 1, updated_at = UTC_TIMESTAMP(6) WHERE id = ?")) {
                update.setString(1, "cluster test change " + change);
                update.setLong(2, item);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("no item " + item);
                }
            }
            c.commit();
            return true;
        }

        /** A connection, waiting up to 30 s for the database front to give one (as the pool would). */
        private Connection connection() throws SQLException {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (connection == null) {
                try {
                    connection = DriverManager.getConnection(url, user, password);
                    connection.setAutoCommit(false);
                } catch (SQLException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    pause(100);
                }
            }
            return connection;
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void close() {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // the connection is gone anyway
            }
            connection = null;
        }

        String report() {
            return "item " + item + " confirmed " + confirmed + " attempted " + attempted + " retries " + retries
                    + " failed " + failed + " longest-gap-ms " + longestGap + " conflict-retries " + conflictRetries;
        }
    }
}
