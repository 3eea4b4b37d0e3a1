package org.pledgetrack.batch.common;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first step of a snapshot job: removes the as-of date's rows so that a re-run replaces them.
 * On a restart this step is already complete and does not run again, so rows written by the
 * interrupted execution stay and the chunk step continues after them.
 */
public class ClearAsOfTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    public ClearAsOfTasklet(JdbcTemplate jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = List.copyOf(tables);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate asOf = chunkContext.getStepContext().getStepExecution().getJobParameters().getLocalDate(
                SnapshotJobParameters.AS_OF);
        for (String table : tables) {
            // table names are constants from the job configurations, never user input
            jdbc.update("DELETE FROM " + table + " WHERE as_of = ?", asOf);
        }
        return RepeatStatus.FINISHED;
    }
}
