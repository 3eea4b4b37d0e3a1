package org.pledgetrack.batch.rosterimport;

import java.io.ByteArrayInputStream;

import org.pledgetrack.core.security.CurrentUser;

/** Uploads for tests: the import runs in the background, so the caller waits for its end. */
final class RosterImports {

    private static final int WAIT_STEPS = 1200;

    private RosterImports() {
    }

    /** Uploads the file and returns the import once it has ended, or as it stands after two minutes. */
    static RosterImportRun importAndWait(RosterImportService service, CurrentUser admin, String name, byte[] content)
            throws InterruptedException {
        long importId = service.start(admin, name, new ByteArrayInputStream(content));
        RosterImportRun run = service.find(admin, importId);
        for (int i = 0; i < WAIT_STEPS && !run.status().finished(); i++) {
            Thread.sleep(100);
            run = service.find(admin, importId);
        }
        return run;
    }
}
