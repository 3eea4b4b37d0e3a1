package org.pledgetrack.batch.rosterimport;

import java.io.ByteArrayInputStream;

import org.pledgetrack.core.security.CurrentUser;

/** Uploads for tests: the jobs run in the background, so the caller waits for them. */
final class RosterImports {

    private static final int WAIT_STEPS = 1200;

    private RosterImports() {
    }

    /** Uploads the file and returns the import once its check has ended, or as it stands after two minutes. */
    static RosterImportRun checkAndWait(RosterImportService service, CurrentUser admin, String name, byte[] content)
            throws InterruptedException {
        return waitFor(service, admin, service.start(admin, name, new ByteArrayInputStream(content)));
    }

    /** Imports the valid rows of a checked file and returns the import once it has ended. */
    static RosterImportRun importValidRowsAndWait(RosterImportService service, CurrentUser admin, long importId)
            throws InterruptedException {
        service.importValidRows(admin, importId);
        return waitFor(service, admin, importId);
    }

    /** Checks the file and, when it waits for a decision, imports its valid rows, as an admin would. */
    static RosterImportRun importAndWait(RosterImportService service, CurrentUser admin, String name, byte[] content)
            throws InterruptedException {
        RosterImportRun checked = checkAndWait(service, admin, name, content);
        return checked.status() == RosterImportStatus.CHECKED
                ? importValidRowsAndWait(service, admin, checked.id()) : checked;
    }

    private static RosterImportRun waitFor(RosterImportService service, CurrentUser admin, long importId)
            throws InterruptedException {
        RosterImportRun run = service.find(admin, importId);
        for (int i = 0; i < WAIT_STEPS && run.status().running(); i++) {
            Thread.sleep(100);
            run = service.find(admin, importId);
        }
        return run;
    }
}
