-- The live agency list's change mark reads the latest agency activity on every API request
-- (core.pledge.AgencyListMarkRepository): with this index MAX() is one index read instead of a scan
-- of every pledge's row.
CREATE INDEX ix_pledge_progress_last_activity ON pledge_progress (last_agency_activity_at);
