package org.pledgetrack.batch;

import java.time.Instant;

import org.pledgetrack.core.testsupport.MutableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Boots core and batch without the web UI for the job tests. All batch tests share this context
 * (one embedded database) and its clock, fixed on a leap day: 2028-02-29 12:00 UTC. A test that moves
 * it (the automatic refresh's minimum interval) sets it back afterwards.
 */
@SpringBootApplication(scanBasePackages = "org.pledgetrack")
public class BatchTestApplication {

    public static final Instant NOW = Instant.parse("2028-02-29T12:00:00Z");

    @Bean
    @Primary
    MutableClock fixedClock() {
        return new MutableClock(NOW);
    }
}
