package org.pledgetrack.core.files;

import org.springframework.test.context.TestPropertySource;

/** The quota, rate and removed-file deletion tests again, with the files kept in the database. */
@TestPropertySource(properties = "pledgetrack.files.store=database")
class UploadQuotaAndDeletionOnDatabaseStoreIntegrationTests extends UploadQuotaAndDeletionIntegrationTests {
}
