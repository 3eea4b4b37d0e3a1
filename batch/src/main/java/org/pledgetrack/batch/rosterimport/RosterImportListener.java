package org.pledgetrack.batch.rosterimport;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

/**
 * Records a step that broke (after its transaction rolled back, so the import record says FAILED
 * while the agencies and users it tried to write are gone), and removes the progress once a job
 * ends, and the uploaded file too unless it waits for the admin's decision.
 */
@Component
class RosterImportListener implements StepExecutionListener, JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RosterImportListener.class);
    private static final int MAX_MESSAGE = 1000;

    private final RosterImportRepository imports;
    private final RosterImportFiles files;
    private final RosterImportProgress progress;
    private final Clock clock;

    RosterImportListener(RosterImportRepository imports, RosterImportFiles files, RosterImportProgress progress,
                         Clock clock) {
        this.imports = imports;
        this.files = files;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!stepExecution.getFailureExceptions().isEmpty()) {
            Throwable cause = stepExecution.getFailureExceptions().getFirst();
            long importId = stepExecution.getJobParameters().getLong(RosterImportJobConfiguration.IMPORT_ID);
            log.warn("Roster import {} failed in {}", importId, stepExecution.getStepName(), cause);
            // The run is about to be FAILED, which ends it, so its upload goes; deleted before the status
            // says FAILED so that whoever reads FAILED (the admin's page, a test) never finds it still there.
            if (imports.find(importId).map(run -> run.status().running()).orElse(false)) {
                files.delete(importId);
            }
            imports.failIfUnfinished(importId, failure(cause), clock.instant());
        }
        return stepExecution.getExitStatus();
    }

    /** The innermost cause says what went wrong (a jOOQ message would repeat a 1,000-row statement). */
    static String failure(Throwable cause) {
        String message = "Nothing was imported: " + NestedExceptionUtils.getMostSpecificCause(cause).getMessage();
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        long importId = jobExecution.getJobParameters().getLong(RosterImportJobConfiguration.IMPORT_ID);
        boolean importJob = jobExecution.getJobInstance().getJobName().equals(RosterImportJobConfiguration.IMPORT_JOB_NAME);
        // After the check the admin may already have chosen, and the import job started, so the status
        // decides: a checked file waits for the decision, a file being imported is the import job's.
        RosterImportStatus status = imports.find(importId).map(RosterImportRun::status)
                .orElse(RosterImportStatus.FAILED);
        if (importJob || status.finished()) {
            files.delete(importId);
        }
        if (importJob || !status.running()) {
            progress.forget(importId);
        }
    }
}
