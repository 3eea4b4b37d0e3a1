package org.pledgetrack.core.locking;

import static org.pledgetrack.db.Tables.SCHEDULE_LOCK;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * A named lease so that only one node runs a timed task at a time (the nightly snapshots, recurring
 * reports, reminders, file deletion). A node that dies keeps the lease only until it expires. Each
 * statement commits on its own. Table {@code schedule_lock}, named before "schedule" came to mean
 * only the pledge's 36-month clock.
 */
@Component
public class TaskLease {

    /** "Held until" of a free lease: long past, whatever the clock says (tests move it back and forth). */
    private static final Instant FREE = Instant.parse("2000-01-01T00:00:00Z");

    private final DSLContext dsl;
    private final Clock clock;
    /** This JVM, as "pid@host". */
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    TaskLease(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Takes the lease for this JVM for this long if nobody holds it; true when it now holds it. */
    public boolean tryAcquire(String name, Duration length) {
        return tryAcquire(name, node, length);
    }

    /** Takes the lease for {@code node} for this long if nobody holds it; true when it now holds it. */
    public boolean tryAcquire(String name, String node, Duration length) {
        Instant now = clock.instant();
        dsl.insertInto(SCHEDULE_LOCK)
                .set(SCHEDULE_LOCK.NAME, name)
                .set(SCHEDULE_LOCK.LOCKED_UNTIL, FREE)
                .set(SCHEDULE_LOCK.LOCKED_AT, now)
                .set(SCHEDULE_LOCK.LOCKED_BY, node)
                .onDuplicateKeyIgnore()
                .execute();
        return dsl.update(SCHEDULE_LOCK)
                .set(SCHEDULE_LOCK.LOCKED_UNTIL, now.plus(length))
                .set(SCHEDULE_LOCK.LOCKED_AT, now)
                .set(SCHEDULE_LOCK.LOCKED_BY, node)
                .where(SCHEDULE_LOCK.NAME.eq(name))
                .and(SCHEDULE_LOCK.LOCKED_UNTIL.le(DSL.val(now, SCHEDULE_LOCK.LOCKED_UNTIL)))
                .execute() == 1;
    }

    /** Gives the lease back early; only this JVM's lease is given back. */
    public void release(String name) {
        release(name, node);
    }

    /** Gives the lease back early; only the node holding it can. */
    public void release(String name, String node) {
        dsl.update(SCHEDULE_LOCK)
                .set(SCHEDULE_LOCK.LOCKED_UNTIL, FREE)
                .where(SCHEDULE_LOCK.NAME.eq(name)).and(SCHEDULE_LOCK.LOCKED_BY.eq(node))
                .execute();
    }
}
