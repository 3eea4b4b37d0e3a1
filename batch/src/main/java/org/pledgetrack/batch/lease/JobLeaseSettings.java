package org.pledgetrack.batch.lease;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How nodes tell each other that they still run a job execution, and how soon a dead node's
 * execution is taken over ({@link DeadRunTakeover}).
 *
 * @param length        {@code pledgetrack.jobs.lease.length}: how long a node's execution counts as alive after
 *                      its last heartbeat; a dead node's run is taken over between this and this plus the check
 *                      interval after its last heartbeat
 * @param renewEvery    {@code pledgetrack.jobs.lease.renew-every}: how often a node renews the leases of the
 *                      executions it runs; well under the length, so that a busy moment does not lose a lease
 * @param checkEvery    {@code pledgetrack.jobs.lease.check-every}: how often each node looks for expired leases
 * @param takeOver      {@code pledgetrack.jobs.lease.take-over}: false for a node that runs jobs but never takes
 *                      over another node's (a one-off command-line run, say)
 * @param unleasedGrace {@code pledgetrack.jobs.lease.unleased-grace}: how old an execution left running without
 *                      any lease must be before it is taken over: those were started by a version before
 *                      leases, or died while waiting in their node's queue
 */
@ConfigurationProperties("pledgetrack.jobs.lease")
public record JobLeaseSettings(@DefaultValue("PT30S") Duration length,
                               @DefaultValue("PT5S") Duration renewEvery,
                               @DefaultValue("PT10S") Duration checkEvery,
                               @DefaultValue("true") boolean takeOver,
                               @DefaultValue("PT1H") Duration unleasedGrace) {

    public JobLeaseSettings {
        if (!renewEvery.isPositive() || !checkEvery.isPositive() || unleasedGrace.isNegative()
                || renewEvery.multipliedBy(2).compareTo(length) > 0) {
            throw new IllegalArgumentException("pledgetrack.jobs.lease: renew-every and check-every must be positive, "
                    + "length at least twice renew-every and unleased-grace not negative, not " + renewEvery + ", "
                    + checkEvery + ", " + length + " and " + unleasedGrace);
        }
    }
}
