-- The status snapshot tables are the pledge status job's output: 120,000 rows a day at 18,000
-- agencies, 11 million over 90 days (issue 7). Each row's foreign keys to its pledge and focus
-- area cost two parent lookups and two secondary-index entries per insert, and nothing reads those
-- indexes: rows are read by date and agency (the primary key) or by agency across dates. The job
-- takes both ids from the rows it has just read, pledges are withdrawn rather than deleted, and
-- focus areas are fixed catalog data, so the constraints guarded nothing. The agency keys stay:
-- deleting an agency still removes its history, and their index serves the agency trends.
ALTER TABLE agency_area_snapshot DROP FOREIGN KEY fk_aas_pledge;
ALTER TABLE agency_area_snapshot DROP FOREIGN KEY fk_aas_focus_area;
ALTER TABLE agency_snapshot DROP FOREIGN KEY fk_as_pledge;
-- MariaDB made an index for each foreign key; jOOQ's code generator (which reads these scripts
-- through H2) made none, so it skips dropping them.
/* [jooq ignore start] */
DROP INDEX fk_aas_pledge ON agency_area_snapshot;
DROP INDEX fk_aas_focus_area ON agency_area_snapshot;
DROP INDEX fk_as_pledge ON agency_snapshot;
/* [jooq ignore stop] */
