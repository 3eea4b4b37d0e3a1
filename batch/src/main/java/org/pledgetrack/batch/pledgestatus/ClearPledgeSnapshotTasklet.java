package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.batch.common.ClearAsOfTasklet;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.snapshot.SnapshotGeneration;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pledge status job's first step. A full run removes all of the as-of date's agency rows. An
 * incremental run ({@code changedOnly}) removes only the stale ones: rows whose agency now has
 * another current pledge, none, a different pledge status or state, or a newer progress revision
 * (core bumps {@code pledge.progress_revision} in the same transaction as every item or pledge
 * change). Either way the next step computes exactly the agencies left without a row, so an
 * incremental run ends with the rows a full run would write. Both bump the
 * {@link SnapshotGeneration}, as the roll-up step does at the end.
 */
class ClearPledgeSnapshotTasklet implements Tasklet {

    private static final List<String> TABLES = List.of("agency_area_snapshot", "agency_snapshot");

    private static final String STALE_AGENCIES = """
            SELECT s.agency_id FROM agency_snapshot s JOIN organization o ON o.id = s.agency_id
            WHERE s.as_of = ? AND NOT EXISTS (
                SELECT 1 FROM pledge p
                WHERE p.id = s.pledge_id AND p.id = %s
                  AND p.status = s.pledge_status AND p.status <> 'WITHDRAWN'
                  AND p.progress_revision = s.progress_revision AND o.state <=> s.state)"""
            .formatted(CurrentPledges.CURRENT_PLEDGE_ID);

    /** Ids per DELETE statement, well below any statement size limit. */
    private static final int IDS_PER_STATEMENT = 1_000;

    private final JdbcTemplate jdbc;
    private final ClearAsOfTasklet clearAll;

    ClearPledgeSnapshotTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clearAll = new ClearAsOfTasklet(jdbc, TABLES);
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
        if (!SnapshotJobParameters.changedOnly(parameters)) {
            clearAll.execute(contribution, chunkContext);
            return;
        }
        LocalDate asOf = parameters.getLocalDate(SnapshotJobParameters.AS_OF);
        List<Long> stale = jdbc.queryForList(STALE_AGENCIES, Long.class, asOf, asOf);
        for (int from = 0; from < stale.size(); from += IDS_PER_STATEMENT) {
            List<Long> part = stale.subList(from, Math.min(stale.size(), from + IDS_PER_STATEMENT));
            String ids = String.join(", ", part.stream().map(String::valueOf).toList());
            for (String table : TABLES) {
                // table names are the constants above; ids are numbers read from the database
                jdbc.update("DELETE FROM " + table + " WHERE as_of = ? AND agency_id IN (" + ids + ")", asOf);
            }
        }
        contribution.incrementWriteCount(stale.size());
    }
}
