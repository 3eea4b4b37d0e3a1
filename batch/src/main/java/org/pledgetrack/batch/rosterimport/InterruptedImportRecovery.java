package org.pledgetrack.batch.rosterimport;

import java.time.Clock;
import org.pledgetrack.batch.common.InterruptedRunRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * After a crash, an import whose JVM died would say "Importing" forever and keep the uploaded file
 * (people's names and e-mail addresses) on disk. The database already holds nothing of it: the
 * insert is one transaction, which the server rolls back when the connection drops. So the import
 * is marked FAILED with a message saying to upload the file again, and the upload is deleted. It is
 * not restarted on its own: a file that brought the JVM down (out of memory, say) would bring it
 * down again at every start. An import that committed just before the JVM died stays IMPORTED.
 */
@Component
class InterruptedImportRecovery implements InterruptedRunRecovery {

    static final String MESSAGE = "Nothing was imported: the application stopped during the import. "
            + "Upload the file again.";
    private static final Logger log = LoggerFactory.getLogger(InterruptedImportRecovery.class);

    private final JobOperator jobOperator;
    private final RosterImportRepository imports;
    private final RosterImportFiles files;
    private final Clock clock;

    InterruptedImportRecovery(JobOperator jobOperator, RosterImportRepository imports,
                              RosterImportFiles files, Clock clock) {
        this.jobOperator = jobOperator;
        this.imports = imports;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public boolean recovers(String jobName) {
        return RosterImportJobConfiguration.CHECK_JOB_NAME.equals(jobName)
                || RosterImportJobConfiguration.IMPORT_JOB_NAME.equals(jobName);
    }

    @Override
    public void recover(JobExecution dead, String deadNode, String thisNode) {
        long importId = dead.getJobParameters().getLong(RosterImportJobConfiguration.IMPORT_ID);
        log.warn("Roster import {}: its job execution {} died with node {}", importId, dead.getId(), deadNode);
        InterruptedRunRecovery.markFailed(jobOperator, dead, "Node " + deadNode + " stopped during this import.");
        imports.failIfUnfinished(importId, MESSAGE, clock.instant());
        files.delete(importId);
    }
}
