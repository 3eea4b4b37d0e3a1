package org.pledgetrack.core.locking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TaskLeaseIntegrationTests {

    @Autowired
    private TaskLease lease;

    @Test
    void onlyTheFirstCallerGetsAHeldLease() {
        assertThat(lease.tryAcquire("test-held", Duration.ofHours(1))).isTrue();
        assertThat(lease.tryAcquire("test-held", Duration.ofHours(1))).isFalse();
        assertThat(lease.tryAcquire("test-held", "another-node", Duration.ofHours(1))).isFalse();
    }

    @Test
    void anExpiredLeaseCanBeTakenAgain() {
        assertThat(lease.tryAcquire("test-expired", Duration.ofSeconds(-1))).isTrue();
        assertThat(lease.tryAcquire("test-expired", "another-node", Duration.ofHours(1))).isTrue();
        assertThat(lease.tryAcquire("test-expired", Duration.ofHours(1))).isFalse();
    }

    @Test
    void onlyTheHolderGivesTheLeaseBack() {
        assertThat(lease.tryAcquire("test-release", Duration.ofHours(1))).isTrue();
        lease.release("test-release", "another-node");
        assertThat(lease.tryAcquire("test-release", "another-node", Duration.ofHours(1))).isFalse();
        lease.release("test-release");
        assertThat(lease.tryAcquire("test-release", "another-node", Duration.ofHours(1))).isTrue();
    }
}
