-- A residence-linkage job compares people in chunks and stages their links here; its last chunk
-- replaces their rows of person_residence_links in one transaction, so a reader sees the previous
-- comparison or the whole new one, and a job that dies leaves the kept links as they were.
-- Owned by src/app/people (linkage_job.cpp).
CREATE TABLE person_residence_link_staging (
  job_id BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  person_id BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  province_code TEXT NOT NULL,
  commune_code TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('agrees', 'differs', 'not_found')),
  differences TEXT NOT NULL DEFAULT '[]',
  registered_commune_code TEXT,
  registered_address TEXT,
  checked_by BIGINT,
  checked_at BIGINT NOT NULL,
  PRIMARY KEY (job_id, person_id)
);
