-- Long work (a rule value's recompute, an import) runs as a job: a worker inside any `pcmt serve`
-- claims it with a lease it renews while it works, commits the work in chunks of about a second,
-- and records in `progress` where a worker resumes after a crash. Owned by src/app/jobs.
CREATE TABLE jobs (
  id {{pk}},
  kind TEXT NOT NULL,                         -- 'people.import', 'rules.recompute'
  owner_id BIGINT NOT NULL,                   -- the user who started it: they (and admins) see it
  owner TEXT NOT NULL,                        -- JSON: their role and scope when they started it, which it runs with
  state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
  phase TEXT NOT NULL DEFAULT '',
  done BIGINT NOT NULL DEFAULT 0,
  total BIGINT NOT NULL DEFAULT 0,
  input TEXT NOT NULL,                        -- JSON the job starts from; emptied when it ends
  progress TEXT NOT NULL DEFAULT '{}',        -- JSON: what a resumed worker continues from
  result TEXT,                                -- JSON: the answer (or the report of a refused import)
  error TEXT,                                 -- JSON {"code","message",...} when failed
  cancellable INTEGER NOT NULL DEFAULT 1,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  lease_owner TEXT,                           -- the worker holding it, until lease_until (epoch s)
  lease_until BIGINT,
  attempts INTEGER NOT NULL DEFAULT 0,        -- claims; a job that keeps dying is failed, not retried forever
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  finished_at BIGINT
);
CREATE INDEX jobs_open ON jobs (state, id);
CREATE INDEX jobs_by_owner ON jobs (owner_id, id);
