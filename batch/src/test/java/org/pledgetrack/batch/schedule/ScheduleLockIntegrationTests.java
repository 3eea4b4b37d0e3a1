package org.pledgetrack.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = BatchTestApplication.class)
class ScheduleLockIntegrationTests {

    @Autowired
    private ScheduleLock lock;

    @Test
    void onlyTheFirstCallerGetsAHeldLease() {
        assertThat(lock.tryAcquire("test-held", Duration.ofHours(1))).isTrue();
        assertThat(lock.tryAcquire("test-held", Duration.ofHours(1))).isFalse();
    }

    @Test
    void anExpiredLeaseCanBeTakenAgain() {
        assertThat(lock.tryAcquire("test-expired", Duration.ofSeconds(-1))).isTrue();
        assertThat(lock.tryAcquire("test-expired", Duration.ofHours(1))).isTrue();
        assertThat(lock.tryAcquire("test-expired", Duration.ofHours(1))).isFalse();
    }
}
