package org.pledgetrack.batch.report;

import org.pledgetrack.batch.common.InterruptedRunRecovery;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
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

    private final JobOperator jobOperator;
    private final ReportService reports;
    private final ReportStorage storage;

    InterruptedReportRecovery(JobOperator jobOperator, ReportService reports,
                              ReportStorage storage) {
        this.jobOperator = jobOperator;
        this.reports = reports;
        this.storage = storage;
    }

    @Override
    public boolean recovers(String jobName) {
        return ReportJobConfiguration.JOB_NAME.equals(jobName);
    }

    @Override
    public void recover(JobExecution dead, String deadNode, String thisNode) {
        JobParameters parameters = dead.getJobParameters();
        long fileId = parameters.getLong(ReportJobConfiguration.FILE_ID);
        log.warn("Report file {}: its job execution {} died with node {}", fileId, dead.getId(), deadNode);
        InterruptedRunRecovery.markFailed(jobOperator, dead, "Node " + deadNode + " stopped while writing this report.");
        String storageKey = parameters.getString(ReportJobConfiguration.STORAGE_KEY);
        // runs started before the key was a job parameter carry none; their bytes cannot be found
        if (reports.markFailed(fileId, MESSAGE) && storageKey != null) {
            storage.delete(storageKey);
        }
    }
}
