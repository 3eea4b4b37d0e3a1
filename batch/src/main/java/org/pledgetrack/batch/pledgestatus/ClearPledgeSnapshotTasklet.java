package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.pledgetrack.batch.common.ClearAsOfTasklet;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pledge status job's clearing step. A full run removes all of the as-of date's agency rows and
 * its basis (the roll-ups are recomputed at the end). An incremental run ({@code changedOnly})
 * removes only the stale rows of the {@link OutdatedAgencies}, takes them out of the roll-ups in
 * the same transaction when those can be changed by difference, and hands the outdated agencies to
 * the next step (see {@link AgenciesToCompute}). Either way the next step computes exactly the
 * agencies left without a row, so an incremental run ends with the rows a full run would write.
 */
class ClearPledgeSnapshotTasklet implements Tasklet {

    private static final List<String> AGENCY_TABLES = List.of("agency_area_snapshot", "agency_snapshot");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ClearAsOfTasklet clearAll;
    private final SnapshotBasis bases;
    private final RollupsByDifference rollups;

    ClearPledgeSnapshotTasklet(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.clearAll = new ClearAsOfTasklet(jdbc, List.of("agency_area_snapshot", "agency_snapshot",
                SnapshotBasis.TABLE));
        this.bases = new SnapshotBasis(jdbc);
        this.rollups = new RollupsByDifference(jdbc);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobParameters parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        if (!SnapshotJobParameters.changedOnly(parameters)) {
            // a restart may run this step as a full run after an incremental attempt of it failed
            jobContext.remove(AgenciesToCompute.KEY);
            return clearAll.execute(contribution, chunkContext);
        }
        LocalDate asOf = parameters.getLocalDate(SnapshotJobParameters.AS_OF);
        Optional<SnapshotBasis.Basis> basis = bases.lock(asOf);
        OutdatedAgencies outdated = basis
                .map(known -> OutdatedAgencies.changedSince(jdbc, asOf, known.changeEpoch()))
                .orElseGet(() -> OutdatedAgencies.all(jdbc, asOf));
        if (bases.rollupsByDifference(basis)) {
            rollups.replace(asOf, outdated.stale(), List.of(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        }
        if (!outdated.stale().isEmpty()) {
            for (String table : AGENCY_TABLES) {
                // table names are the constants above
                jdbc.update("DELETE FROM " + table + " WHERE as_of = ? AND agency_id IN ("
                        + AgencyIds.inList(outdated.stale()) + ")", asOf);
            }
        }
        AgenciesToCompute.remember(jobContext, outdated.outdated());
        contribution.incrementWriteCount(outdated.stale().size());
        return RepeatStatus.FINISHED;
    }
}
