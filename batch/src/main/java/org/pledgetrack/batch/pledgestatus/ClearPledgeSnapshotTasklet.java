package org.pledgetrack.batch.pledgestatus;

import static org.pledgetrack.db.Tables.AGENCY_AREA_SNAPSHOT;
import static org.pledgetrack.db.Tables.AGENCY_SNAPSHOT;

import java.time.Clock;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.snapshot.SnapshotGeneration;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The pledge status job's first step: removes the as-of date's agency and focus-area rows, so that
 * every run computes the date afresh and a re-run replaces them (the roll-up step replaces the
 * roll-ups). A restart does not run it again: the rows of committed chunks stay, and the compute step
 * continues with the agencies that have none.
 */
class ClearPledgeSnapshotTasklet implements Tasklet {

    private final DSLContext dsl;
    private final Clock clock;

    ClearPledgeSnapshotTasklet(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate asOf = chunkContext.getStepContext().getStepExecution().getJobParameters()
                .getLocalDate(SnapshotJobParameters.AS_OF);
        dsl.deleteFrom(AGENCY_AREA_SNAPSHOT).where(AGENCY_AREA_SNAPSHOT.AS_OF.eq(asOf)).execute();
        dsl.deleteFrom(AGENCY_SNAPSHOT).where(AGENCY_SNAPSHOT.AS_OF.eq(asOf)).execute();
        // the date's rows are about to change: answers kept under the old generation are not asked for
        // again (last statement: it holds the generation's row lock until this step commits)
        SnapshotGeneration.bump(dsl, clock.instant());
        return RepeatStatus.FINISHED;
    }
}
