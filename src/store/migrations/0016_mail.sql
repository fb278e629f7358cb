-- Reminders by email. Each user chooses whether and how often pcmt mails them; the counts they are
-- mailed are those of their in-app inbox (src/app/notify). Owned by src/app/notify.
CREATE TABLE mail_settings (
  user_id BIGINT PRIMARY KEY REFERENCES users(id),
  email TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 0,
  mode TEXT NOT NULL DEFAULT 'daily' CHECK (mode IN ('immediate', 'daily')),
  updated_at BIGINT NOT NULL
);

-- One row per mail pcmt sends or is sending. The unique slot makes a digest at most once per user
-- and day ('2026-12-08'), and an immediate notice at most once per set of counts ('2026-12-08 3,0,1,...'):
-- a sender claims the row before it connects, so a second server or a restart never sends it again.
-- A failed delivery removes its row, so the next run retries it.
CREATE TABLE mail_deliveries (
  id {{pk}},
  user_id BIGINT NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL CHECK (kind IN ('immediate', 'daily')),
  slot TEXT NOT NULL,
  counts TEXT NOT NULL,                       -- JSON: the counts it carried (no personal data)
  state TEXT NOT NULL CHECK (state IN ('sending', 'sent')),
  created_at BIGINT NOT NULL,
  sent_at BIGINT,
  UNIQUE (user_id, kind, slot)
);
CREATE INDEX mail_deliveries_by_user ON mail_deliveries (user_id, kind, id);

-- When an agency was given a task: "new assignments" are those of the last days. Rows from
-- before this column have none and are not new.
ALTER TABLE task_agencies ADD COLUMN assigned_at BIGINT;
