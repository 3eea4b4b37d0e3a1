-- Past deadline (issue 18): a pledge (or focus area) still not complete after its 36 months is its
-- own schedule status, counted in the roll-ups beside on track, at risk, behind and complete.
-- Rows written before this migration counted such pledges by their shortfall (mostly behind) and
-- keep those numbers until the status job computes their date again.
ALTER TABLE rollup_snapshot ADD COLUMN past_deadline INT NOT NULL DEFAULT 0;
