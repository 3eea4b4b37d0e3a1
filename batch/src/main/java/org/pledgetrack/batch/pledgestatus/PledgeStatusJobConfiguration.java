package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.pledgetrack.batch.common.SnapshotJob;
import org.pledgetrack.core.snapshot.ScheduleRule;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The pledge status snapshot job ({@value #JOB_NAME}): for an as-of date, one row per agency and
 * per agency × focus area, then the roll-ups. Steps: clear the date's rows (all of them, or with
 * {@code changedOnly} find the agencies changed since the date's basis and remove the rows of those
 * without a current pledge), compute the agencies without up-to-date rows in chunks
 * ({@code pledgetrack.jobs.chunk-size}, default 500) by ranges of agencies in parallel
 * ({@code pledgetrack.jobs.partitions}, default one per processor), roll up. An incremental run
 * keeps the roll-ups by difference in the clearing and chunk transactions, so its last step only
 * records the basis.
 */
@Configuration(proxyBeanMethods = false)
class PledgeStatusJobConfiguration {

    static final String JOB_NAME = "pledgeStatus";

    /** Ordered so that lists of jobs (screens, demo data) show this one first. */
    @Bean
    @Order(1)
    SnapshotJob pledgeStatusSnapshotJob(JobRepository jobRepository, JdbcTemplate jdbc, Clock clock,
                                        PlatformTransactionManager transactionManager,
                                        @Value("${pledgetrack.jobs.chunk-size:500}") int chunkSize,
                                        @Value("${pledgetrack.jobs.partitions:#{T(java.lang.Runtime).getRuntime().availableProcessors()}}") int partitions,
                                        AgencyProgressReader agencyProgressReader,
                                        FocusAreaStatusProcessor focusAreaStatusProcessor,
                                        SnapshotWriter pledgeSnapshotWriter,
                                        RowReplacementWriter rowReplacementWriter,
                                        AgencyRangePartitioner agencyRangePartitioner) {
        Step clear = new StepBuilder("clearPledgeSnapshot", jobRepository)
                .tasklet(new ClearPledgeSnapshotTasklet(jdbc, clock), transactionManager)
                .build();
        Step agencyRange = new StepBuilder("computeAgencySnapshots", jobRepository)
                .<AgencyProgress, AgencyStatus>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(agencyProgressReader)
                .processor(focusAreaStatusProcessor)
                .writer(new CompositeItemWriter<>(rowReplacementWriter, pledgeSnapshotWriter))
                .build();
        Step agencies = new StepBuilder("computeAgencySnapshotsByRange", jobRepository)
                .partitioner(agencyRange.getName(), agencyRangePartitioner)
                .step(agencyRange)
                .gridSize(partitions)
                .taskExecutor(new SimpleAsyncTaskExecutor("pledge-status-"))
                .aggregator(new CountsStayWithPartitions())
                .build();
        Step rollup = new StepBuilder("rollUpPledgeSnapshot", jobRepository)
                .tasklet(new StatusRollupTasklet(jdbc, clock), transactionManager)
                .build();
        Job job = new JobBuilder(JOB_NAME, jobRepository).start(clear).next(agencies).next(rollup).build();
        return new SnapshotJob(job, "Pledge status snapshot", asOf -> CurrentPledges.count(jdbc, asOf));
    }

    @Bean
    @StepScope
    AgencyRangePartitioner agencyRangePartitioner(JdbcTemplate jdbc,
            @Value("#{jobExecutionContext['" + AgenciesToCompute.KEY + "']}") String agencies) {
        return new AgencyRangePartitioner(jdbc, agencies);
    }

    @Bean
    @StepScope
    AgencyProgressReader agencyProgressReader(DataSource dataSource,
            @Value("#{jobParameters['asOf']}") LocalDate asOf,
            @Value("#{jobExecutionContext['" + AgenciesToCompute.KEY + "']}") String agencies,
            @Value("#{stepExecutionContext['" + AgencyRangePartitioner.FIRST_AGENCY_ID + "']}") long firstAgencyId,
            @Value("#{stepExecutionContext['" + AgencyRangePartitioner.LAST_AGENCY_ID + "']}") long lastAgencyId) {
        return new AgencyProgressReader(dataSource, asOf, agencies, firstAgencyId, lastAgencyId);
    }

    @Bean
    @StepScope
    FocusAreaStatusProcessor focusAreaStatusProcessor(ScheduleRule rule,
            @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        return new FocusAreaStatusProcessor(rule, asOf);
    }

    @Bean
    @StepScope
    SnapshotWriter pledgeSnapshotWriter(JdbcTemplate jdbc, Clock clock,
            @Value("#{jobParameters['asOf']}") LocalDate asOf,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new SnapshotWriter(jdbc, clock, asOf, stepExecution);
    }

    @Bean
    @StepScope
    RowReplacementWriter rowReplacementWriter(JdbcTemplate jdbc, Clock clock,
            @Value("#{jobParameters['asOf']}") LocalDate asOf,
            @Value("#{jobExecutionContext['" + AgenciesToCompute.KEY + "']}") String agencies) {
        return new RowReplacementWriter(jdbc, clock, asOf, agencies);
    }
}
