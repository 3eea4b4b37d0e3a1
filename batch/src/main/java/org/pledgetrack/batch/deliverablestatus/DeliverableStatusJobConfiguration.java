package org.pledgetrack.batch.deliverablestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.pledgetrack.batch.common.ClearAsOfTasklet;
import org.pledgetrack.batch.common.SnapshotJob;
import org.pledgetrack.batch.launch.JobSettings;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The deliverable status snapshot job ({@value #JOB_NAME}): for an as-of date, one row per grant
 * and one per TA provider. Steps: clear the date's rows, compute the scopes in chunks.
 */
@Configuration(proxyBeanMethods = false)
class DeliverableStatusJobConfiguration {

    static final String JOB_NAME = "deliverableStatus";

    /** Ordered so that lists of jobs (screens, demo data) show this one second. */
    @Bean
    @Order(2)
    SnapshotJob deliverableStatusSnapshotJob(JobRepository jobRepository, JdbcTemplate jdbc,
                                             PlatformTransactionManager transactionManager,
                                             JobSettings settings,
                                             JdbcPagingItemReader<DeliverableScope> scopeReader,
                                             DeliverableStatusProcessor deliverableStatusProcessor,
                                             DeliverableSnapshotWriter deliverableSnapshotWriter) {
        Step clear = new StepBuilder("clearDeliverableSnapshot", jobRepository)
                .tasklet(new ClearAsOfTasklet(jdbc, List.of("deliverable_snapshot")), transactionManager)
                .build();
        Step scopes = new StepBuilder("computeDeliverableSnapshots", jobRepository)
                .<DeliverableScope, ScopeDeliverableFigures>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(scopeReader)
                .processor(deliverableStatusProcessor)
                .writer(deliverableSnapshotWriter)
                .build();
        Job job = new JobBuilder(JOB_NAME, jobRepository).start(clear).next(scopes).build();
        return new SnapshotJob(job, "Deliverable status snapshot", asOf -> ScopeReader.count(jdbc));
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<DeliverableScope> scopeReader(DataSource dataSource,
            JobSettings settings) throws Exception {
        return ScopeReader.create(dataSource, settings.chunkSize());
    }

    @Bean
    @StepScope
    DeliverableStatusProcessor deliverableStatusProcessor(JdbcTemplate jdbc,
            @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        return new DeliverableStatusProcessor(jdbc, asOf);
    }

    @Bean
    @StepScope
    DeliverableSnapshotWriter deliverableSnapshotWriter(JdbcTemplate jdbc, Clock clock,
            @Value("#{jobParameters['asOf']}") LocalDate asOf,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new DeliverableSnapshotWriter(jdbc, clock, asOf, stepExecution);
    }
}
