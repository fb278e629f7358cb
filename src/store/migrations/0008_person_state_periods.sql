-- A person's lifecycle states over time (the managed users of a past evaluation year are
-- the people in a management or addiction state on the window's last day, not today). Derived by
-- the lifecycle engine (LifecycleReport::state_history) and rewritten with the person's episodes
-- and deadlines on every change (app/people/lifecycle_store). [from_date, to_date): to_date is the
-- day the next state began, NULL while current. The residence columns follow the person's current
-- residence (like person_deadlines): residence history is not kept.
-- Databases with people recorded before this migration get their periods from `pcmt migrate`,
-- which replays the stored events once (app/people/state_periods).
CREATE TABLE person_state_periods (
  person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  state TEXT NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT,
  province_code TEXT NOT NULL,
  commune_code TEXT NOT NULL,
  PRIMARY KEY (person_id, idx)
);
-- Covering for the count of a province's communes on one day (app/areas/facts.cpp): one range per
-- counted state, periods begun by that day, the end and the commune read from the index itself.
CREATE INDEX person_state_periods_count ON person_state_periods (province_code, state, from_date, to_date,
                                                                 commune_code);
