package org.pledgetrack.batch.rosterimport;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The agency roster jobs, one execution each per upload (job parameter {@value #IMPORT_ID}):
 * {@value #CHECK_JOB_NAME} reads the whole file and records what importing it would do; once an
 * admin has chosen to import the valid rows, {@value #IMPORT_JOB_NAME} does it.
 *
 * <p><b>One transaction.</b> The import step is a single database transaction: new agencies and
 * users go in with multi-row statements of 1,000 rows, changed agencies are updated, and the import
 * is marked IMPORTED in the same transaction. A fault anywhere (a constraint, a lost connection, a
 * killed JVM) rolls all of it back. The alternative, committing chunks tagged with the import id and
 * deleting them on failure, would leave half an import behind exactly when the JVM dies, because the
 * clean-up never runs. InnoDB holds 100,000 agencies and 100,000 users in one transaction comfortably
 * (tens of MB of undo log, a few seconds), and the upload limit bounds the file size.
 *
 * <p>The check runs without a surrounding transaction so that its progress and findings are
 * visible to the screen while it runs; it writes nothing but those.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterImportSettings.class)
class RosterImportJobConfiguration {

    static final String CHECK_JOB_NAME = "rosterCheck";
    static final String IMPORT_JOB_NAME = "rosterImport";
    static final String IMPORT_ID = "importId";

    @Bean
    RosterImportJob rosterImportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    CheckRosterTasklet check, ImportRosterTasklet importRows,
                                    RosterImportListener listener) {
        Step checkStep = new StepBuilder("checkRoster", jobRepository)
                .tasklet(check, new ResourcelessTransactionManager())
                .listener(listener)
                .build();
        Step importStep = new StepBuilder("importRoster", jobRepository)
                .tasklet(importRows, transactionManager)
                .listener(listener)
                .build();
        Job checkJob = new JobBuilder(CHECK_JOB_NAME, jobRepository).listener(listener).start(checkStep).build();
        Job importJob = new JobBuilder(IMPORT_JOB_NAME, jobRepository).listener(listener).start(importStep).build();
        return new RosterImportJob(checkJob, importJob);
    }

    static long importId(ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobParameters().getLong(IMPORT_ID);
    }
}
