package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.batch.common.ClearAsOfTasklet;
import org.pledgetrack.batch.common.SnapshotJobParameters;
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
 * incremental run ends with the rows a full run would write.
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
        JobParameters parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
        if (!SnapshotJobParameters.changedOnly(parameters)) {
            return clearAll.execute(contribution, chunkContext);
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
        return RepeatStatus.FINISHED;
    }
}
