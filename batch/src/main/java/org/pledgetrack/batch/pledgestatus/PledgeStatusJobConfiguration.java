package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.pledgetrack.batch.common.SnapshotJob;
import org.pledgetrack.batch.launch.JobExecutors;
import org.pledgetrack.batch.launch.JobSettings;
import org.pledgetrack.core.pledge.PointInTime;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The pledge status snapshot job ({@value #JOB_NAME}): for an as-of date, one row per agency and
 * per agency × focus area, computed from the history as it stood at the end of that date
 * ({@link PointInTime}), then the roll-ups. Three steps: clear the date's rows, compute the agencies
 * in chunks in chunks by ranges of agencies in parallel
 * ({@link JobSettings}), roll up.
 */
@Configuration(proxyBeanMethods = false)
class PledgeStatusJobConfiguration {

    static final String JOB_NAME = "pledgeStatus";

    /** Ordered so that lists of jobs (screens, demo data) show this one first. */
    @Bean
    @Order(1)
    SnapshotJob pledgeStatusSnapshotJob(JobRepository jobRepository, DSLContext dsl, Clock clock,
                                        PlatformTransactionManager transactionManager,
                                        JobSettings settings,
                                        AgencyProgressReader agencyProgressReader,
                                        FocusAreaStatusProcessor focusAreaStatusProcessor,
                                        SnapshotWriter pledgeSnapshotWriter, JobExecutors executors) {
        int partitions = settings.effectivePartitions();
        Step clear = new StepBuilder("clearPledgeSnapshot", jobRepository)
                .tasklet(new ClearPledgeSnapshotTasklet(dsl, clock), transactionManager)
                .build();
        Step agencyRange = new StepBuilder("computeAgencySnapshots", jobRepository)
                .<AgencyProgressOnDate, AgencyStatus>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(agencyProgressReader)
                .processor(focusAreaStatusProcessor)
                .writer(pledgeSnapshotWriter)
                .build();
        Step agencies = new StepBuilder("computeAgencySnapshotsByRange", jobRepository)
                .partitioner(agencyRange.getName(), new AgencyRangePartitioner(dsl))
                .step(agencyRange)
                .gridSize(partitions)
                .taskExecutor(executors.forWorkers("pledge-status-", partitions))
                .aggregator(new StatusOnlyPartitionAggregator())
                .build();
        Step rollup = new StepBuilder("rollUpPledgeSnapshot", jobRepository)
                .tasklet(new StatusRollupTasklet(dsl, clock), transactionManager)
                .build();
        Job job = new JobBuilder(JOB_NAME, jobRepository).start(clear).next(agencies).next(rollup).build();
        return new SnapshotJob(job, "Pledge status snapshot", asOf -> agenciesWithStatus(dsl, asOf));
    }

    /** How many agencies have a status on the as-of date: the progress bar's total. */
    private static long agenciesWithStatus(DSLContext dsl, LocalDate asOf) {
        PointInTime.StatusPledges pledges = PointInTime.endOf(asOf).statusPledges();
        return dsl.fetchCount(pledges.table());
    }

    @Bean
    @StepScope
    AgencyProgressReader agencyProgressReader(DSLContext dsl,
            @Value("#{jobParameters['asOf']}") LocalDate asOf,
            @Value("#{stepExecutionContext['" + AgencyRangePartitioner.FIRST_AGENCY_ID + "']}") long firstAgencyId,
            @Value("#{stepExecutionContext['" + AgencyRangePartitioner.LAST_AGENCY_ID + "']}") long lastAgencyId) {
        return new AgencyProgressReader(dsl, asOf, firstAgencyId, lastAgencyId);
    }

    @Bean
    @StepScope
    FocusAreaStatusProcessor focusAreaStatusProcessor(ScheduleRule rule,
            @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        return new FocusAreaStatusProcessor(rule, asOf);
    }

    @Bean
    @StepScope
    SnapshotWriter pledgeSnapshotWriter(DSLContext dsl, Clock clock,
            @Value("#{jobParameters['asOf']}") LocalDate asOf,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new SnapshotWriter(dsl, clock, asOf, stepExecution);
    }
}
