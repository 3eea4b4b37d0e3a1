package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.pledgetrack.batch.common.SnapshotJob;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.batch.launch.JobExecutors;
import org.pledgetrack.core.database.LocalInfile;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The pledge status snapshot job ({@value #JOB_NAME}): for an as-of date, one row per agency and
 * per agency × focus area, then the roll-ups. An incremental run ({@code changedOnly}) that finds a
 * few changed agencies does everything in one step ({@link ChangedAgenciesTasklet}); every other run
 * takes three steps: clear the date's rows (all of them, or with {@code changedOnly} find the
 * agencies changed since the date's basis and remove the rows of those without a current pledge),
 * compute the agencies without up-to-date rows in chunks
 * ({@code pledgetrack.jobs.chunk-size}, default 500) by ranges of agencies in parallel
 * ({@code pledgetrack.jobs.partitions}, default one per processor), roll up. An incremental run
 * keeps the roll-ups by difference in the clearing and chunk transactions, so its last step only
 * records the basis.
 */
@Configuration(proxyBeanMethods = false)
class PledgeStatusJobConfiguration {

    static final String JOB_NAME = "pledgeStatus";
    private static final String ALL_AGENCIES = "ALL_AGENCIES";
    private static final String CHANGED_ONLY = "CHANGED_ONLY";

    /** Ordered so that lists of jobs (screens, demo data) show this one first. */
    @Bean
    @Order(1)
    SnapshotJob pledgeStatusSnapshotJob(JobRepository jobRepository, JdbcTemplate jdbc, Clock clock,
                                        LocalInfile localInfile,
                                        ChangedAgenciesTasklet changedAgenciesTasklet,
                                        PlatformTransactionManager transactionManager,
                                        @Value("${pledgetrack.jobs.chunk-size:500}") int chunkSize,
                                        @Value("${pledgetrack.jobs.partitions:#{T(java.lang.Runtime).getRuntime().availableProcessors()}}") int partitions,
                                        AgencyProgressReader agencyProgressReader,
                                        FocusAreaStatusProcessor focusAreaStatusProcessor,
                                        SnapshotWriter pledgeSnapshotWriter, JobExecutors executors,
                                        AgencyRangePartitioner agencyRangePartitioner) {
        Step clear = new StepBuilder("clearPledgeSnapshot", jobRepository)
                .tasklet(new ClearPledgeSnapshotTasklet(jdbc, clock, localInfile), transactionManager)
                .build();
        Step agencyRange = new StepBuilder("computeAgencySnapshots", jobRepository)
                .<AgencyProgress, AgencyStatus>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(agencyProgressReader)
                .processor(focusAreaStatusProcessor)
                .writer(pledgeSnapshotWriter)
                .build();
        Step agencies = new StepBuilder("computeAgencySnapshotsByRange", jobRepository)
                .partitioner(agencyRange.getName(), agencyRangePartitioner)
                .step(agencyRange)
                .gridSize(partitions)
                .taskExecutor(executors.forWorkers("pledge-status-", partitions))
                .aggregator(new CountsStayWithPartitions())
                .build();
        Step rollup = new StepBuilder("rollUpPledgeSnapshot", jobRepository)
                .tasklet(new StatusRollupTasklet(jdbc, clock), transactionManager)
                .build();
        Step changes = new StepBuilder("recomputeChangedAgencies", jobRepository)
                .tasklet(changedAgenciesTasklet, transactionManager)
                .build();
        JobExecutionDecider runKind = (jobExecution, stepExecution) -> new FlowExecutionStatus(
                SnapshotJobParameters.changedOnly(jobExecution.getJobParameters()) ? CHANGED_ONLY : ALL_AGENCIES);
        Job job = new JobBuilder(JOB_NAME, jobRepository)
                .start(runKind).on(ALL_AGENCIES).to(clear).next(agencies).next(rollup)
                .from(runKind).on(CHANGED_ONLY).to(changes)
                .from(changes).on(ChangedAgenciesTasklet.NEEDS_ALL_STEPS.getExitCode()).to(clear)
                .from(changes).on(ExitStatus.COMPLETED.getExitCode()).end()
                .from(changes).on("*").fail()
                .end().build();
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
    SnapshotWriter pledgeSnapshotWriter(JdbcTemplate jdbc, LocalInfile localInfile, Clock clock,
            @Value("#{jobParameters['asOf']}") LocalDate asOf,
            @Value("#{jobExecutionContext['" + AgenciesToCompute.KEY + "']}") String agencies,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new SnapshotWriter(jdbc, localInfile, clock, asOf, agencies, stepExecution);
    }
}
