package org.pledgetrack.core.backup;

import org.springframework.test.context.TestPropertySource;

/** Backup and restore with the files kept in the database: the dump alone brings the evidence file back. */
@TestPropertySource(properties = "pledgetrack.files.store=database")
class BackupRestoreOnDatabaseStoreIntegrationTests extends BackupRestoreIntegrationTests {
}
