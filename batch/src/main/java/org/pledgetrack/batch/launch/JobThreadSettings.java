package org.pledgetrack.batch.launch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many background jobs of one kind run at once and how many may wait. Every job used to get a new
 * thread per start, so a burst of starts (report requests, imports) could take every core and the
 * database's connections at once.
 *
 * @param running       {@code pledgetrack.jobs.threads.running}: jobs of one kind (status jobs, reports, roster
 *                      imports) that run at once; the rest wait in line
 * @param queueCapacity {@code pledgetrack.jobs.threads.queue-capacity}: starts (or partitions of the pledge status
 *                      job) that may wait; one more is refused with an error instead of piling up
 */
@ConfigurationProperties("pledgetrack.jobs.threads")
public record JobThreadSettings(@DefaultValue("2") int running, @DefaultValue("50") int queueCapacity) {

    public JobThreadSettings {
        if (running < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException("pledgetrack.jobs.threads: running must be at least 1 and "
                    + "queue-capacity not negative, not " + running + " and " + queueCapacity);
        }
    }
}
