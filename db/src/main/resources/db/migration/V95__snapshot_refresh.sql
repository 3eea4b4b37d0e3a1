-- What the automatic refresh of today's pledge status snapshot last computed (issue 15): the change
-- mark it read just before its latest completed run. The mark is the sum of the newest ids of the
-- tables a change of pledge status numbers writes to (item status, item target date and pledge
-- status history, and pledges); they only grow, so a different mark means something changed since.
-- Ids instead of times: they come from the one database, so no node's clock (nor a test's) can make
-- a change look older than the run that missed it, and the newest id is a primary-key lookup.
CREATE TABLE snapshot_refresh (
    job_name     VARCHAR(100) NOT NULL,
    change_mark  BIGINT       NOT NULL,
    refreshed_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_snapshot_refresh PRIMARY KEY (job_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
