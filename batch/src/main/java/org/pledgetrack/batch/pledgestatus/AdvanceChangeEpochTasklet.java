package org.pledgetrack.batch.pledgestatus;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pledge status job's first step, a transaction of its own: advances the pledge change epoch.
 * The update waits until the changes stamped with the old epoch have committed (they hold it under
 * a shared lock), so the steps after it see all of them, and every later change carries the new
 * epoch, which the job keeps ({@value #EPOCH}) and its last step records as the date's basis.
 */
class AdvanceChangeEpochTasklet implements Tasklet {

    static final String EPOCH = "pledgeChangeEpoch";

    private final JdbcTemplate jdbc;

    AdvanceChangeEpochTasklet(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.update("UPDATE pledge_change_epoch SET epoch = epoch + 1 WHERE id = 1");
        long epoch = jdbc.queryForObject("SELECT epoch FROM pledge_change_epoch WHERE id = 1", Long.class);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putLong(EPOCH, epoch);
        return RepeatStatus.FINISHED;
    }
}
