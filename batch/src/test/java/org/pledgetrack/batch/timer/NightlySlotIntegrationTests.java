package org.pledgetrack.batch.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.AtOnce;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.JobSettings;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.locking.TaskLease;
import org.pledgetrack.core.testsupport.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A nightly slot fires on one node only: given two nodes' schedules on one database whose cron
 * triggers fire at the same moment, when both try the night's run, then exactly one execution of the
 * job exists for the day (the slot's lease in {@code schedule_lock} is claimed by one update).
 */
@SpringBootTest(classes = BatchTestApplication.class)
class NightlySlotIntegrationTests {

    private static final Instant NIGHT = Instant.parse("2027-06-15T02:15:00Z");

    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private TaskLease lease;
    @Autowired
    private MutableClock clock;
    @Autowired
    private JobSettings settings;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void backToTheTestsDay() {
        clock.set(BatchTestApplication.NOW);
    }

    @Test
    void twoNodesTriggeredAtOnceRunTheNightsJobOnce() throws Exception {
        clock.set(NIGHT);
        List<NightlySnapshotTimer> nodes = List.of(new NightlySnapshotTimer(launcher, lease, clock, settings),
                new NightlySnapshotTimer(launcher, lease, clock, settings));

        AtOnce.call(nodes.stream().map(node -> (Callable<Void>) () -> {
            node.runOnce("deliverableStatus");
            return null;
        }).toList());

        assertThat(jdbc.queryForList("""
                SELECT e.STATUS FROM BATCH_JOB_EXECUTION e
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID AND i.JOB_NAME = 'deliverableStatus'
                JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
                     AND p.PARAMETER_NAME = 'asOf' AND p.PARAMETER_VALUE = '2027-06-15'""", String.class))
                .containsExactly("COMPLETED");
    }
}
