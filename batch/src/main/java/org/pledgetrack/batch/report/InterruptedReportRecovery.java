package org.pledgetrack.batch.report;

import org.pledgetrack.batch.common.InterruptedRunRecovery;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * After a crash, a report file whose job died half-way would stay GENERATING forever, and its
 * half-written bytes would stay on disk under a key nothing points to. The report job is not
 * restartable (a file is written in one go), so the file is marked FAILED with a message saying to
 * generate it again, and its partial bytes are deleted. A file the job had already marked READY
 * just before it died is kept.
 */
@Component
class InterruptedReportRecovery implements InterruptedRunRecovery {

    static final String MESSAGE = "The application stopped while this report was being written. Generate it again.";
    private static final Logger log = LoggerFactory.getLogger(InterruptedReportRecovery.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;
    private final ReportService reports;
    private final ReportStorage storage;

    InterruptedReportRecovery(JobRepository jobRepository, JobOperator jobOperator, ReportService reports,
                              ReportStorage storage) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.reports = reports;
        this.storage = storage;
    }

    @Override
    public void recoverInterruptedRuns() {
        for (JobExecution execution : jobRepository.findRunningJobExecutions(ReportJobConfiguration.JOB_NAME)) {
            JobParameters parameters = execution.getJobParameters();
            long fileId = parameters.getLong(ReportJobConfiguration.FILE_ID);
            log.warn("Report file {}: its job execution {} was left running by a previous start", fileId,
                    execution.getId());
            jobOperator.recover(execution);
            String storageKey = parameters.getString(ReportJobConfiguration.STORAGE_KEY);
            // runs started before the key was a job parameter carry none; their bytes cannot be found
            if (reports.markFailed(fileId, MESSAGE) && storageKey != null) {
                storage.delete(storageKey);
            }
        }
    }
}
