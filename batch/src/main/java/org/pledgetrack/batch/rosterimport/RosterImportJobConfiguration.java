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
 * The agency roster import job ({@value #JOB_NAME}), one execution per upload (job parameter
 * {@value #IMPORT_ID}): validate the whole file, then, only if no row was refused, insert it.
 *
 * <p><b>All or nothing.</b> The insert step is a single database transaction: agencies and users
 * go in with multi-row statements of 1,000 rows, and the import is marked IMPORTED in the same
 * transaction. A fault anywhere (a constraint, a lost connection, a killed JVM) rolls all of it
 * back. The alternative, committing chunks tagged with the import id and deleting them on failure,
 * would leave half an import behind exactly when the JVM dies, because the clean-up never runs.
 * InnoDB holds 100,000 agencies and 100,000 users in one transaction comfortably (tens of MB of
 * undo log, a few seconds), and the upload limit bounds the file size.
 *
 * <p>Validation runs without a surrounding transaction so that its progress and error rows are
 * visible to the screen while it runs; it writes nothing but those.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterImportSettings.class)
class RosterImportJobConfiguration {

    static final String JOB_NAME = "rosterImport";
    static final String IMPORT_ID = "importId";

    @Bean
    RosterImportJob rosterImportJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    ValidateRosterTasklet validate, InsertRosterTasklet insert,
                                    RosterImportListener listener) {
        Step validateStep = new StepBuilder("validateRoster", jobRepository)
                .tasklet(validate, new ResourcelessTransactionManager())
                .listener(listener)
                .build();
        Step insertStep = new StepBuilder("insertRoster", jobRepository)
                .tasklet(insert, transactionManager)
                .listener(listener)
                .build();
        Job job = new JobBuilder(JOB_NAME, jobRepository)
                .listener(listener)
                .start(validateStep).on(ValidateRosterTasklet.VALID.getExitCode()).to(insertStep)
                .from(validateStep).on("FAILED").fail()
                .from(validateStep).on("*").end()
                .end()
                .build();
        return new RosterImportJob(job);
    }

    static long importId(ChunkContext chunkContext) {
        return chunkContext.getStepContext().getStepExecution().getJobParameters().getLong(IMPORT_ID);
    }
}
