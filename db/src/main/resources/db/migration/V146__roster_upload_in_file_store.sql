-- A roster upload waits for its check and import in the file store (pledgetrack.files.store), under a random key
-- like evidence, so that with the database store another application node can run the import the admin starts
-- there. file_size is for the progress bar. An import still waiting from before this change has no key: its next
-- step fails, saying so, and the admin uploads the roster again.
ALTER TABLE roster_import ADD COLUMN storage_key CHAR(32) NULL;
ALTER TABLE roster_import ADD COLUMN file_size BIGINT NULL;
