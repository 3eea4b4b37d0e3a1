package org.pledgetrack.batch.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.deliverablestatus.DeliverableStatusKillDrill;
import org.pledgetrack.batch.lease.DeadRunTakeover;
import org.pledgetrack.batch.pledgestatus.PledgeStatusKillDrill;
import org.pledgetrack.batch.report.ReportKillDrill;
import org.pledgetrack.batch.rosterimport.RosterImportKillDrill;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * kill -9 during every batch job, with two nodes on one database: given a job caught half-way in a
 * second JVM (node {@code second-jvm}) and killed there, when this JVM (node {@code batch-tests})
 * finds the run's lease expired and takes it over, and the work is finished the way the product
 * offers (resumed from the last committed chunk, a new report, a new upload), then the result equals
 * that of a run nobody interrupted. Each {@link KillDrill} says what that means for its job.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class KilledJvmRestartFunctionalTests {

    @Autowired
    private AutowireCapableBeanFactory beans;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private DeadRunTakeover takeover;

    static List<Named<Class<? extends KillDrill>>> everyJob() {
        return List.of(Named.of("pledge status snapshot", PledgeStatusKillDrill.class),
                Named.of("deliverable status snapshot", DeliverableStatusKillDrill.class),
                Named.of("report file", ReportKillDrill.class),
                Named.of("roster import", RosterImportKillDrill.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyJob")
    void jobKilledHalfWayThenRecoveredAndFinishedEqualsAnUninterruptedRun(Class<? extends KillDrill> drillClass)
            throws Exception {
        KillDrill drill = beans.createBean(drillClass);
        try {
            String argument = drill.prepare();
            SecondJvm.killHalfWay(drill, argument, dataSource);
            long killedAt = System.nanoTime();
            drill.assertLeftUnfinished();

            SecondJvm.awaitTakeover(takeover);
            long takenOverAt = System.nanoTime();
            Object finished = drill.finishAfterRecovery();
            // the recovery time of docs/STATUS-JOBS.md, printed, never asserted
            System.out.printf("%s: taken over %d ms after the kill, finished %d ms after it%n",
                    drillClass.getSimpleName(), (takenOverAt - killedAt) / 1_000_000,
                    (System.nanoTime() - killedAt) / 1_000_000);

            assertThat(finished).isEqualTo(drill.uninterruptedResult());
        } finally {
            drill.cleanUp();
        }
    }
}
