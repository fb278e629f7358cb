-- Foundation: administrative map, agency catalogue, accounts, sessions, audit.
-- Written in the common subset of SQLite and PostgreSQL; {{pk}} is the engine's auto-increment key.
-- Times are UTC epoch seconds (audit: milliseconds); legal dates are 'YYYY-MM-DD' text.

CREATE TABLE provinces (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  search_key TEXT NOT NULL
);

CREATE TABLE communes (
  code TEXT PRIMARY KEY,
  province_code TEXT NOT NULL REFERENCES provinces(code),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('xa', 'phuong', 'dac_khu')),
  search_key TEXT NOT NULL,
  population BIGINT,                      -- residents; NULL = not entered, never read as zero
  is_border INTEGER NOT NULL DEFAULT 0,
  is_remote INTEGER NOT NULL DEFAULT 0,   -- mountainous/island/remote: longer legal deadlines
  updated_at BIGINT
);
CREATE INDEX communes_by_province ON communes (province_code, search_key);

CREATE TABLE agencies (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  search_key TEXT NOT NULL,
  UNIQUE (province_code, code)
);
CREATE INDEX agencies_by_key ON agencies (province_code, search_key);

CREATE TABLE agency_aliases (
  agency_id BIGINT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  alias_key TEXT NOT NULL,
  PRIMARY KEY (agency_id, alias_key)
);

CREATE TABLE users (
  id {{pk}},
  username TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'standing_office', 'leader', 'agency', 'commune', 'auditor')),
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('province', 'commune', 'agency')),
  scope_id TEXT NOT NULL,
  province_code TEXT NOT NULL REFERENCES provinces(code),  -- derived from the scope, for filtering
  search_key TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  must_change_password INTEGER NOT NULL DEFAULT 0,  -- set when an admin chose the password
  created_at BIGINT NOT NULL,
  password_changed_at BIGINT NOT NULL
);

-- Server-side sessions, so every pcmt process behind a proxy shares them.
-- Only a hash of the token is stored: a stolen database does not yield live sessions.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Failed-login counters per username and per client address ('user:NAME', 'ip:ADDR').
CREATE TABLE login_throttle (
  throttle_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_start BIGINT NOT NULL,
  locked_until BIGINT NOT NULL
);

-- Append-only, hash-chained: hash = SHA-256(prev_hash | the row's fields). See app/audit.
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at_ms BIGINT NOT NULL,
  actor_id BIGINT,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  province_code TEXT,
  reason TEXT,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_by_actor ON audit_log (actor, seq);
CREATE INDEX audit_by_action ON audit_log (action, seq);
CREATE INDEX audit_by_time ON audit_log (at_ms);

-- The chain's head: one row, updated under a row lock by every append, which serialises appends
-- across processes (PostgreSQL) exactly as SQLite's write lock does.
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
