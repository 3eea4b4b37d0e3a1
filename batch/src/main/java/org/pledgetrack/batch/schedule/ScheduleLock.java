package org.pledgetrack.batch.schedule;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lease in {@code schedule_lock}: the first node to take a named lock holds it until it expires,
 * so a scheduled run fires on one node only. Taking it is one atomic upsert that changes the row
 * only when the previous lease has run out; reading the holder back tells whether we got it.
 */
@Component
public class ScheduleLock {

    // MariaDB applies the assignments left to right: locked_until is changed last, so every
    // condition above still sees the old lease.
    private static final String TAKE = """
            INSERT INTO schedule_lock (name, locked_until, locked_at, locked_by) VALUES (?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE
                locked_by = IF(locked_until < VALUES(locked_at), VALUES(locked_by), locked_by),
                locked_at = IF(locked_until < VALUES(locked_at), VALUES(locked_at), locked_at),
                locked_until = IF(locked_until < VALUES(locked_at), VALUES(locked_until), locked_until)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    ScheduleLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = hostName();
    }

    /** Takes the lease for {@code duration} when nobody holds it; returns whether this call got it. */
    public boolean tryAcquire(String name, Duration duration) {
        Instant now = clock.instant();
        String holder = node + "/" + UUID.randomUUID();
        jdbc.update(TAKE, name, utc(now.plus(duration)), utc(now), holder);
        return holder.equals(jdbc.queryForObject("SELECT locked_by FROM schedule_lock WHERE name = ?",
                String.class, name));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
