package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.database.LocalInfile;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.pledgetrack.core.snapshot.SnapshotGeneration;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The incremental run's usual case in one step and one transaction: after a completed run of the
 * as-of date, with its roll-ups kept by difference, the few agencies changed since are found
 * ({@link OutdatedAgencies}), the rows of those without a current pledge removed, the others
 * computed and written over their outdated rows (the same reader, processor and writer as the
 * chunk step), and the date's basis recorded. The job repository's bookkeeping for the three steps
 * of a full run was most of an incremental run's time (about 100 of 150 ms, measured).
 *
 * <p>Anything else — no completed run of the date yet, roll-ups to recompute after TA assignments
 * changed, or more agencies than a short list holds ({@link AgenciesToCompute}) — changes nothing
 * here and ends with {@link #NEEDS_ALL_STEPS}: the job goes on with the clearing, computing and
 * roll-up steps, which work through any number of agencies in chunks. A failure rolls everything
 * back, so a restart starts over.
 */
@Component
class ChangedAgenciesTasklet implements Tasklet {

    static final ExitStatus NEEDS_ALL_STEPS = new ExitStatus("NEEDS_ALL_STEPS");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ScheduleRule rule;
    private final LocalInfile localInfile;
    private final SnapshotBasis bases;
    private final PledgeChangeEpoch epochs;
    private final VanishedAgencies vanished;

    ChangedAgenciesTasklet(DataSource dataSource, JdbcTemplate jdbc, Clock clock, ScheduleRule rule,
                           LocalInfile localInfile) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.rule = rule;
        this.localInfile = localInfile;
        this.bases = new SnapshotBasis(jdbc);
        this.epochs = new PledgeChangeEpoch(jdbc);
        this.vanished = new VanishedAgencies(jdbc, clock, localInfile);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        LocalDate asOf = step.getJobParameters().getLocalDate(SnapshotJobParameters.AS_OF);
        Optional<SnapshotBasis.Basis> basis = bases.lock(asOf);
        // changers wait from here until this step commits, a one-step run's time (the steps of a
        // longer run advance the epoch last instead); so the next run skips the agencies this one saw
        long basisEpoch = epochs.advanceFirst();
        if (!bases.rollupsByDifference(basis)) {
            contribution.setExitStatus(NEEDS_ALL_STEPS);
            return RepeatStatus.FINISHED;
        }
        OutdatedAgencies outdated = OutdatedAgencies.changedSince(jdbc, asOf, basis.get().changeEpoch());
        if (!AgenciesToCompute.isShortList(outdated.outdated())) {
            contribution.setExitStatus(NEEDS_ALL_STEPS);
            return RepeatStatus.FINISHED;
        }
        vanished.remove(asOf, basis, outdated.vanishing());
        contribution.incrementWriteCount(outdated.vanishing().size());
        if (!outdated.outdated().isEmpty()) {
            String agencies = AgencyIds.inList(outdated.outdated());
            Chunk<AgencyStatus> statuses = compute(asOf, agencies, contribution);
            new SnapshotWriter(jdbc, localInfile, clock, asOf, agencies, step).write(statuses);
            contribution.incrementWriteCount(statuses.size());
        }
        bases.record(asOf, basisEpoch, basis.get().assignmentRevision());
        // the rows changed: the read API computes its answers again (last statement: it holds the
        // generation's row lock until this step commits)
        jdbc.update(SnapshotGeneration.BUMP_SQL);
        return RepeatStatus.FINISHED;
    }

    private Chunk<AgencyStatus> compute(LocalDate asOf, String agencies, StepContribution contribution)
            throws Exception {
        AgencyProgressReader reader = new AgencyProgressReader(dataSource, asOf, agencies, 0, Long.MAX_VALUE);
        FocusAreaStatusProcessor processor = new FocusAreaStatusProcessor(rule, asOf);
        List<AgencyStatus> statuses = new ArrayList<>();
        reader.open(new ExecutionContext());
        try {
            for (AgencyProgress agency = reader.read(); agency != null; agency = reader.read()) {
                contribution.incrementReadCount();
                statuses.add(processor.process(agency));
            }
        } finally {
            reader.close();
        }
        return new Chunk<>(statuses);
    }
}
