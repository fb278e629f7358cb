-- Plans and tasks: a plan document turned into tasks assigned to agencies, the report
-- instances each assigned agency owes per period, the reports themselves with their evidence,
-- and an in-app inbox. Common subset of SQLite and PostgreSQL; {{pk}} is the auto-increment key.
-- Legal dates are 'YYYY-MM-DD' text (Vietnam time); instants are UTC epoch seconds.

CREATE TABLE plans (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  number TEXT NOT NULL,                  -- "594/KH-UBND"
  doc_date TEXT NOT NULL,                -- the plan's date; relative deadlines count from it
  issuer TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('ke_hoach', 'nghi_quyet', 'chuong_trinh', 'quyet_dinh', 'other')),
  title TEXT NOT NULL,
  search_key TEXT NOT NULL,              -- number and title, folded, for search
  source_name TEXT,                      -- the uploaded file's name
  source_text TEXT,                      -- the text extracted from it, shown beside the extraction
  parent_plan_id BIGINT REFERENCES plans(id),       -- the provincial plan this one implements
  owner_agency_id BIGINT REFERENCES agencies(id),   -- an agency's own implementing plan
  owner_commune_code TEXT REFERENCES communes(code),-- a commune's own implementing plan
  report_every TEXT NOT NULL CHECK (report_every IN ('year', 'half_year', 'quarter', 'month')),
  report_day INTEGER,                    -- the plan's reporting day, when it states one
  report_month INTEGER,
  horizon_year INTEGER NOT NULL,         -- the last year whose periods are tracked
  created_by BIGINT REFERENCES users(id),
  created_at BIGINT NOT NULL,
  UNIQUE (province_code, number, doc_date)
);
CREATE INDEX plans_by_province ON plans (province_code, doc_date);
CREATE INDEX plans_by_parent ON plans (parent_plan_id);
CREATE INDEX plans_by_owner_agency ON plans (owner_agency_id);
CREATE INDEX plans_by_owner_commune ON plans (owner_commune_code);

CREATE TABLE plan_targets (
  id {{pk}},
  plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  value DOUBLE PRECISION,
  unit TEXT,
  year INTEGER
);
CREATE INDEX plan_targets_by_plan ON plan_targets (plan_id, position);

CREATE TABLE plan_tasks (
  id {{pk}},
  plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  ref TEXT NOT NULL,                     -- "II.5.a"
  text TEXT NOT NULL,
  due_kind TEXT NOT NULL CHECK (due_kind IN ('date', 'month', 'quarter', 'year', 'relative', 'recurring',
                                             'continuous', 'conditional', 'none')),
  due_date TEXT,
  due_every TEXT CHECK (due_every IN ('year', 'half_year', 'quarter', 'month')),
  due_day INTEGER,
  due_month INTEGER,
  due_days INTEGER,
  due_text TEXT,
  -- scheduled | awaiting_condition | no_deadline | beyond_horizon: a task without instances says why.
  due_state TEXT NOT NULL,
  done_on TEXT,                          -- the day a lead agency's "done" report was accepted
  -- Kept by app/plans/task_dues from the required instances, so that a task's status is read
  -- from its row: due once first_due has passed, overdue while open_due has passed.
  first_due TEXT,                        -- the earliest due date of its required instances
  open_due TEXT,                         -- the earliest due date of those still unfiled or returned
  updated_at BIGINT NOT NULL
);
CREATE INDEX plan_tasks_by_plan ON plan_tasks (plan_id, position);

CREATE TABLE task_agencies (
  task_id BIGINT NOT NULL REFERENCES plan_tasks(id) ON DELETE CASCADE,
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'cooperating', 'requested')),
  position INTEGER NOT NULL,
  PRIMARY KEY (task_id, agency_id)
);
CREATE INDEX task_agencies_by_agency ON task_agencies (agency_id, role, task_id);

-- One report an agency owes for a task and a period. Lead and co-operating agencies owe theirs
-- (required = 1); an agency addressed with "Đề nghị" is asked, not ordered (required = 0), so its
-- silence is never counted as overdue.
CREATE TABLE report_instances (
  id {{pk}},
  plan_id BIGINT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
  task_id BIGINT NOT NULL REFERENCES plan_tasks(id) ON DELETE CASCADE,
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  province_code TEXT NOT NULL,
  required INTEGER NOT NULL,
  period_key TEXT NOT NULL,              -- "once", "2026-H1", "2025-Q4", "2025-11", "2026"
  period_label TEXT NOT NULL,            -- "6 tháng đầu năm 2026"
  due_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'submitted', 'accepted', 'returned')),
  first_submitted_on TEXT,               -- Vietnam date of the first submission
  timeliness TEXT CHECK (timeliness IN ('on_time', 'late')),  -- of the first submission
  last_report_id BIGINT,
  progress TEXT,                         -- of the last report
  updated_at BIGINT NOT NULL,
  UNIQUE (task_id, agency_id, period_key)
);
-- Tracking figures group a plan's or a province's instances by agency, status and timeliness:
-- these indexes cover the columns they read, in group order. The open index serves overdue
-- notices and the review queue; the agency index an agency's due list and reminders.
CREATE INDEX report_instances_by_plan ON report_instances (plan_id, required, agency_id, status, timeliness, due_date, task_id);
CREATE INDEX report_instances_by_province ON report_instances (province_code, required, agency_id, status, timeliness, due_date, task_id);
CREATE INDEX report_instances_open ON report_instances (province_code, status, due_date, required, agency_id, task_id);
CREATE INDEX report_instances_by_agency ON report_instances (agency_id, status, due_date);
CREATE INDEX report_instances_by_task ON report_instances (task_id, required, status, due_date);

CREATE TABLE reports (
  id {{pk}},
  instance_id BIGINT NOT NULL REFERENCES report_instances(id) ON DELETE CASCADE,
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  progress TEXT NOT NULL CHECK (progress IN ('not_started', 'in_progress', 'done')),
  narrative TEXT NOT NULL,
  results TEXT NOT NULL,                 -- JSON array of {"indicator","value","unit"}
  submitted_by BIGINT REFERENCES users(id),
  submitted_at BIGINT NOT NULL,
  review TEXT CHECK (review IN ('accepted', 'returned')),
  review_comment TEXT,
  reviewed_by BIGINT REFERENCES users(id),
  reviewed_at BIGINT
);
CREATE INDEX reports_by_instance ON reports (instance_id, submitted_at);

-- Evidence files, base64 in TEXT: one column type on both engines, and files are small (≤ 20 MiB).
CREATE TABLE report_files (
  id {{pk}},
  report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  content_base64 TEXT NOT NULL
);
CREATE INDEX report_files_by_report ON report_files (report_id);

-- Stored notices (a report returned or accepted). Reminders and overdue notices are computed
-- from the instances when the inbox is read, so they never go stale.
CREATE TABLE notifications (
  id {{pk}},
  province_code TEXT NOT NULL,
  agency_id BIGINT NOT NULL REFERENCES agencies(id),
  kind TEXT NOT NULL CHECK (kind IN ('report_returned', 'report_accepted')),
  instance_id BIGINT REFERENCES report_instances(id) ON DELETE CASCADE,
  report_id BIGINT REFERENCES reports(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  read_at BIGINT
);
CREATE INDEX notifications_by_agency ON notifications (agency_id, created_at);
