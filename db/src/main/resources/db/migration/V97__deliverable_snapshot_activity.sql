-- TA provider activity as of a date (issue 15): the report read hours, attendees and ratings from the
-- live deliverables next to the snapshot's counts, so a delivery recorded after the run was summed but
-- not counted. The deliverable status job now writes them for the as-of date from the same deliveries
-- it counts (delivered on or before the date, not cancelled). Ratings are kept as a sum and a count,
-- and deliveries on time as a count, so that the average rating and the on-time share of several rows
-- can be recomputed from summed counts instead of averaging averages.
ALTER TABLE deliverable_snapshot
    ADD COLUMN delivered_on_time INT           NOT NULL DEFAULT 0,
    ADD COLUMN hours_delivered   DECIMAL(10, 2) NOT NULL DEFAULT 0,
    ADD COLUMN attendees         INT           NOT NULL DEFAULT 0,
    ADD COLUMN rated_deliveries  INT           NOT NULL DEFAULT 0,
    ADD COLUMN rating_sum        DECIMAL(10, 2) NOT NULL DEFAULT 0;

-- Rows written before this migration get the figures the job would have written for their date.
/* [jooq ignore start] */
UPDATE deliverable_snapshot d SET
    delivered_on_time = (SELECT COUNT(*) FROM ta_deliverable t
        WHERE t.status <> 'CANCELLED' AND t.delivered_on <= d.as_of AND t.delivered_on <= t.due_on
          AND d.scope_id = CASE d.scope_type WHEN 'GRANT' THEN t.grant_id ELSE t.provider_org_id END),
    hours_delivered = (SELECT COALESCE(SUM(t.hours), 0) FROM ta_deliverable t
        WHERE t.status <> 'CANCELLED' AND t.delivered_on <= d.as_of
          AND d.scope_id = CASE d.scope_type WHEN 'GRANT' THEN t.grant_id ELSE t.provider_org_id END),
    attendees = (SELECT COALESCE(SUM(t.attendees), 0) FROM ta_deliverable t
        WHERE t.status <> 'CANCELLED' AND t.delivered_on <= d.as_of
          AND d.scope_id = CASE d.scope_type WHEN 'GRANT' THEN t.grant_id ELSE t.provider_org_id END),
    rated_deliveries = (SELECT COUNT(t.rating) FROM ta_deliverable t
        WHERE t.status <> 'CANCELLED' AND t.delivered_on <= d.as_of
          AND d.scope_id = CASE d.scope_type WHEN 'GRANT' THEN t.grant_id ELSE t.provider_org_id END),
    rating_sum = (SELECT COALESCE(SUM(t.rating), 0) FROM ta_deliverable t
        WHERE t.status <> 'CANCELLED' AND t.delivered_on <= d.as_of
          AND d.scope_id = CASE d.scope_type WHEN 'GRANT' THEN t.grant_id ELSE t.provider_org_id END);
/* [jooq ignore stop] */
