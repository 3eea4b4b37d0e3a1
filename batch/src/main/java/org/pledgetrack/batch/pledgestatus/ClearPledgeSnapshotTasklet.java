package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pledgetrack.batch.common.ClearAsOfTasklet;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.database.LocalInfile;
import org.pledgetrack.core.snapshot.SnapshotGeneration;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pledge status job's first step; it notes the {@link PledgeChangeEpoch} the run starts with. A
 * full run removes all of the as-of date's agency rows and its basis (the roll-ups are recomputed at
 * the end). An incremental run ({@code changedOnly}) finds the {@link OutdatedAgencies}: it removes
 * the rows of agencies without a current pledge now, taking them out of the roll-ups in the same
 * transaction when those are kept by difference, and hands the agencies to compute to the next step
 * (see {@link AgenciesToCompute}), whose writers replace their outdated rows. Either way the next
 * step computes exactly the agencies without an up-to-date row, so an incremental run ends with the
 * rows a full run would write.
 * Both bump the {@link SnapshotGeneration}, as the roll-up step does at the end.
 */
class ClearPledgeSnapshotTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final ClearAsOfTasklet clearAll;
    private final PledgeChangeEpoch epochs;
    private final SnapshotBasis bases;
    private final VanishedAgencies vanished;

    ClearPledgeSnapshotTasklet(JdbcTemplate jdbc, Clock clock, LocalInfile localInfile) {
        this.jdbc = jdbc;
        this.clearAll = new ClearAsOfTasklet(jdbc, List.of("agency_area_snapshot", "agency_snapshot",
                SnapshotBasis.TABLE));
        this.epochs = new PledgeChangeEpoch(jdbc);
        this.bases = new SnapshotBasis(jdbc);
        this.vanished = new VanishedAgencies(jdbc, clock, localInfile);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        clear(contribution, chunkContext);
        // the date's rows are about to change: answers kept under the old generation are not asked for
        // again (last statement: it holds the generation's row lock until this step commits)
        jdbc.update(SnapshotGeneration.BUMP_SQL);
        return RepeatStatus.FINISHED;
    }

    private void clear(StepContribution contribution, ChunkContext chunkContext) {
        JobParameters parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        if (!SnapshotJobParameters.changedOnly(parameters)) {
            jobContext.putLong(PledgeChangeEpoch.STARTED_WITH, epochs.current());
            // a restart may run this step as a full run after an incremental attempt at it failed
            AgenciesToCompute.forget(jobContext);
            clearAll.execute(contribution, chunkContext);
            return;
        }
        LocalDate asOf = parameters.getLocalDate(SnapshotJobParameters.AS_OF);
        Optional<SnapshotBasis.Basis> basis = bases.lock(asOf);
        jobContext.putLong(PledgeChangeEpoch.STARTED_WITH, epochs.current());
        OutdatedAgencies outdated = basis
                .map(known -> OutdatedAgencies.changedSince(jdbc, asOf, known.changeEpoch()))
                .orElseGet(() -> OutdatedAgencies.all(jdbc, asOf));
        vanished.remove(asOf, basis, outdated.vanishing());
        AgenciesToCompute.remember(jobContext, outdated.outdated());
        contribution.incrementWriteCount(outdated.vanishing().size());
    }
}
