-- A drug case's status history: each status with the date it took effect (e.g. the date of the
-- prosecution decision), so "share of cases resolved" for a past evaluation year reads the status
-- the case had at the window's end and a report already sent upward can be reproduced.
-- area_cases.status / status_date stay as the current status and its date (kept with each change).
ALTER TABLE area_cases ADD COLUMN status_date TEXT;
ALTER TABLE area_cases ADD COLUMN status_date_known INTEGER NOT NULL DEFAULT 1;

CREATE TABLE area_case_status_changes (
  id {{pk}},
  case_id BIGINT NOT NULL REFERENCES area_cases(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('investigating', 'prosecuted', 'tried')),
  effective_date TEXT NOT NULL,               -- 'YYYY-MM-DD', Vietnam time; never before the previous change
  date_known INTEGER NOT NULL DEFAULT 1,      -- 0: carried over below, the real date is not known
  note TEXT NOT NULL DEFAULT '',
  changed_by BIGINT,
  changed_at BIGINT NOT NULL
);
-- The status as of a day, per case, without reading the rows (app/areas/indicators.cpp).
CREATE INDEX area_case_status_changes_by_case ON area_case_status_changes (case_id, effective_date, id, status);

-- Cases recorded before this history: their current status is all that is known. It is dated on the
-- case date and marked unknown — the same figure the indicator showed before, and no invented step.
INSERT INTO area_case_status_changes (case_id, status, effective_date, date_known, note, changed_by, changed_at)
  SELECT id, status, case_date, 0, '', created_by, updated_at FROM area_cases;
UPDATE area_cases SET status_date = case_date, status_date_known = 0;
