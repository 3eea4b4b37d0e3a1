-- Which node runs each batch job execution, and its lease (issue 22, jobs that finish when a node
-- dies). The node renews the lease every few seconds while the execution runs; once it has expired,
-- the node is taken for dead and one surviving node takes the execution over: it sets taken_over_by
-- with a single conditional update, so never two nodes do, marks the execution failed and restarts
-- it from its last committed chunk (snapshot jobs) or tidies what it left (reports, roster imports).
-- Times are the database's UTC clock, so no node's clock decides when another node counts as dead.
-- No foreign key to BATCH_JOB_EXECUTION: Spring Batch creates its tables itself, after Flyway.
CREATE TABLE job_run_lease (
    job_execution_id BIGINT       NOT NULL,
    node_id          VARCHAR(200) NOT NULL,
    lease_until      DATETIME(6)  NOT NULL,
    ended            BOOLEAN      NOT NULL DEFAULT FALSE,
    taken_over_by    VARCHAR(200) NULL,
    CONSTRAINT pk_job_run_lease PRIMARY KEY (job_execution_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- The periodic look for expired leases reads only the unfinished ones.
CREATE INDEX ix_job_run_lease_open ON job_run_lease (ended, lease_until);
