-- People registry: persons under the drug-control regimes, their lifecycle events, the
-- derived state, episodes and deadlines (materialised on every event so worklists and statistics
-- are plain indexed reads), rehab and substitution facilities, rule-pack overrides, merges and
-- residence linkage. Common subset of SQLite and PostgreSQL; {{pk}} is the auto-increment key.
-- Legal dates are 'YYYY-MM-DD' text (Vietnam time); instants are UTC epoch seconds.

-- Rehab facilities (cơ sở cai nghiện) and substitution-treatment facilities (cơ sở điều trị thay thế).
-- A facility's staff sign in with an agency account linked here (agency_id): they see the people
-- in the facility's care and no one else. Occupancy is derived from people.facility_id.
CREATE TABLE rehab_facilities (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  kind TEXT NOT NULL CHECK (kind IN ('rehab', 'substitution')),
  name TEXT NOT NULL,
  search_key TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  capacity INTEGER NOT NULL,
  agency_id BIGINT REFERENCES agencies(id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (province_code, search_key)
);
CREATE INDEX rehab_facilities_by_agency ON rehab_facilities (agency_id);

CREATE TABLE people (
  id {{pk}},
  personal_id TEXT NOT NULL UNIQUE,          -- số định danh cá nhân, 12 digits
  full_name TEXT NOT NULL,                   -- NFC
  search_key TEXT NOT NULL,                  -- folded full name (core/text/normalize)
  aliases TEXT NOT NULL DEFAULT '[]',        -- JSON array of NFC strings (tên gọi khác)
  birth_date TEXT NOT NULL,
  birth_year INTEGER NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
  province_code TEXT NOT NULL REFERENCES provinces(code),  -- of the residence commune, for scope filters
  commune_code TEXT NOT NULL REFERENCES communes(code),     -- residence (nơi cư trú)
  address TEXT NOT NULL DEFAULT '',
  stable_residence INTEGER NOT NULL DEFAULT 1,              -- ND 105/2021 Art. 41.2-41.3
  photo TEXT,                                -- optional, base64
  -- Derived from the events by the lifecycle engine (src/core/people), rewritten on every event:
  state TEXT NOT NULL DEFAULT 'none',
  facility_id BIGINT REFERENCES rehab_facilities(id),      -- the facility in whose care the person is now
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
-- Few indexes, each the only good one for its queries, so SQLite picks it without statistics:
-- a commune's people (and duplicates: commune + birth date), a name in the country or a province,
-- a facility's people. Province statistics read the province's rows in full.
CREATE INDEX people_by_commune ON people (commune_code, search_key);
CREATE INDEX people_by_name ON people (search_key, province_code);
CREATE INDEX people_by_facility ON people (facility_id);

CREATE TABLE person_drug_types (
  person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  drug_type TEXT NOT NULL,                   -- codes of app/people/drug_types
  PRIMARY KEY (person_id, drug_type)
);

-- Name search: every word of the full name and aliases (search-key form) → person, with the
-- person's scope columns and keys copied in, so a search reads one index range per word and
-- ranks candidates by edit distance in C++ without touching the people table.
CREATE TABLE person_name_tokens (
  token TEXT NOT NULL,
  person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  province_code TEXT NOT NULL,
  commune_code TEXT NOT NULL,
  birth_year INTEGER NOT NULL,
  name_keys TEXT NOT NULL,                   -- full-name key, then alias keys, joined by '|'
  PRIMARY KEY (person_id, token)             -- also serves rewriting and deleting a person's words
);
-- Covering: a search reads candidates from this index alone, never the table behind it.
CREATE INDEX person_name_tokens_scoped ON person_name_tokens (token, province_code, commune_code, birth_year, person_id,
                                                              name_keys);

-- Distinct name words with how many people carry them: picks the rarest word to read first, and
-- is the dictionary a mistyped word is matched against.
CREATE TABLE name_vocabulary (
  token TEXT PRIMARY KEY,
  people INTEGER NOT NULL
);

-- Lifecycle events as recorded (docs/people-events.md). `body` is the event as the engine reads it:
-- {"type": ..., "date": ..., ...fields}. Events are never edited; a wrong one is withdrawn (deleted,
-- audited) and the lifecycle recomputed.
CREATE TABLE person_events (
  id {{pk}},
  person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  event_date TEXT NOT NULL,
  body TEXT NOT NULL,
  facility_id BIGINT REFERENCES rehab_facilities(id),
  reason TEXT,
  recorded_by BIGINT,
  recorded_at BIGINT NOT NULL
);
CREATE INDEX person_events_by_person ON person_events (person_id, event_date, id);

CREATE TABLE person_episodes (
  person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT,
  end_reason TEXT,
  pack TEXT NOT NULL,
  PRIMARY KEY (person_id, idx)
);

-- status: open (pending or overdue: judged against today when read), met, late, superseded,
-- unknown_rule_value, no_rule_pack, missing_person_fact. `params` names the rule-pack params that
-- set the length (comma-separated); the article is read from the pack, not copied into every row.
CREATE TABLE person_deadlines (
  person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  province_code TEXT NOT NULL,
  commune_code TEXT NOT NULL,
  episode INTEGER NOT NULL,
  kind TEXT NOT NULL,
  from_date TEXT NOT NULL,
  due_date TEXT,
  status TEXT NOT NULL,
  done_on TEXT,
  missing TEXT,
  params TEXT NOT NULL,
  pack TEXT NOT NULL,
  confirmed INTEGER NOT NULL,
  PRIMARY KEY (person_id, idx)
);
CREATE INDEX person_deadlines_commune ON person_deadlines (commune_code, status, due_date);
CREATE INDEX person_deadlines_province ON person_deadlines (province_code, status, due_date);

-- Values an admin sets for rule-pack params (an unknown value once the implementing text is out).
-- Applied over the embedded packs whenever a lifecycle is computed.
CREATE TABLE rule_pack_overrides (
  pack_id TEXT NOT NULL,
  param TEXT NOT NULL,
  value TEXT NOT NULL,                       -- JSON number
  source TEXT NOT NULL,                      -- the article that sets it
  set_by BIGINT,
  set_at BIGINT NOT NULL,
  PRIMARY KEY (pack_id, param)
);

-- Two records found to be one person: the duplicate's events moved to the kept record, the
-- duplicate removed. What it was is kept here.
CREATE TABLE person_merges (
  id {{pk}},
  kept_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  merged_id BIGINT NOT NULL,
  merged_personal_id TEXT NOT NULL,
  merged_full_name TEXT NOT NULL,
  reason TEXT NOT NULL,
  merged_by BIGINT,
  merged_at BIGINT NOT NULL
);
CREATE INDEX person_merges_by_kept ON person_merges (kept_id);

-- The last comparison of each person with an extract of the population/residence database:
-- agrees, differs (fields named) or not_found; the extract's commune when it is another one.
CREATE TABLE person_residence_links (
  person_id BIGINT PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
  province_code TEXT NOT NULL,
  commune_code TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('agrees', 'differs', 'not_found')),
  differences TEXT NOT NULL DEFAULT '[]',    -- JSON array of field names
  registered_commune_code TEXT,              -- the commune the extract registers the person in
  registered_address TEXT,
  checked_by BIGINT,
  checked_at BIGINT NOT NULL
);
CREATE INDEX person_residence_links_by_commune ON person_residence_links (commune_code, status);
