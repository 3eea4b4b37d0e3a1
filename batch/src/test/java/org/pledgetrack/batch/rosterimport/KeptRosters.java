package org.pledgetrack.batch.rosterimport;

import org.jooq.DSLContext;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.testsupport.KeptFiles;
import org.springframework.stereotype.Component;

/**
 * Whether an import's uploaded roster is still kept, read from the file store the application is
 * configured with (the roster folder, or the database), not from the import code under test.
 */
@Component
class KeptRosters {

    private final RosterImportRepository imports;
    private final KeptFiles kept;

    KeptRosters(RosterImportRepository imports, FileProperties properties, DSLContext dsl) {
        this.imports = imports;
        this.kept = new KeptFiles(properties, dsl);
    }

    boolean keeps(long importId) {
        return imports.findUpload(importId)
                .map(upload -> kept.keysIn("roster-imports").contains(upload.storageKey()))
                .orElse(false);
    }
}
