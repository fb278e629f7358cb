-- Areas: the registries that feed the criteria of QĐ 28/2025/QĐ-TTg — points and
-- hotspots, drug cases and arrested offenders, wanted persons hiding in a commune, drug-plant finds,
-- key routes and the communes they cross — and the drug-free workflow and roadmap built on them.
-- Every registry row belongs to one commune (commune_code) and carries its province for scope filters.
-- Common subset of SQLite and PostgreSQL; {{pk}} is the auto-increment key. Legal dates are
-- 'YYYY-MM-DD' text (Vietnam time); instants are UTC epoch seconds; areas are hundredths of m².

-- Điểm / tụ điểm: kind use_point (điểm tổ chức, chứa chấp sử dụng trái phép), hotspot (tụ điểm),
-- retail (điểm bán lẻ). Status dates are set as the point moves through its lifecycle.
CREATE TABLE area_points (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  commune_code TEXT NOT NULL REFERENCES communes(code),
  kind TEXT NOT NULL CHECK (kind IN ('use_point', 'hotspot', 'retail')),
  name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL,
  address_key TEXT NOT NULL,                 -- folded address: finds a point re-formed at the same place
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  status TEXT NOT NULL CHECK (status IN ('found', 'verified', 'being_dismantled', 'eliminated', 'watched')),
  found_date TEXT NOT NULL,
  verified_date TEXT,
  dismantling_date TEXT,
  eliminated_date TEXT,
  watched_date TEXT,
  reformed INTEGER NOT NULL DEFAULT 0,       -- tái hình thành: an eliminated point reappeared here
  reformed_from BIGINT REFERENCES area_points(id),
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX area_points_by_commune ON area_points (commune_code, found_date);
-- Covering indexes for counting a province's facts without reading the rows (bench/areas_bench.cpp).
CREATE INDEX area_points_by_province ON area_points (province_code, found_date, kind, eliminated_date, commune_code);
CREATE INDEX area_points_by_place ON area_points (commune_code, address_key);

CREATE TABLE area_point_status_changes (
  id {{pk}},
  point_id BIGINT NOT NULL REFERENCES area_points(id) ON DELETE CASCADE,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  change_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  changed_by BIGINT,
  changed_at BIGINT NOT NULL
);
CREATE INDEX area_point_status_changes_by_point ON area_point_status_changes (point_id, id);

-- Vụ án ma túy: the commune where it was detected; status for "> 90% resolved".
CREATE TABLE area_cases (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  commune_code TEXT NOT NULL REFERENCES communes(code),
  case_date TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',        -- the case number used by the police
  charges TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('investigating', 'prosecuted', 'tried')),
  drugs_seized TEXT NOT NULL DEFAULT '',     -- drug types and quantities, as written
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX area_cases_by_commune ON area_cases (commune_code, case_date);
CREATE INDEX area_cases_by_province ON area_cases (province_code, case_date);

-- Đối tượng bị bắt giữ: commune_code is the commune of arrest (QĐ 28 counts "bị bắt giữ trên địa
-- bàn"); residence_commune_code feeds drug-free criterion b; person_id links the people registry.
CREATE TABLE area_offenders (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  commune_code TEXT NOT NULL REFERENCES communes(code),
  case_id BIGINT REFERENCES area_cases(id) ON DELETE SET NULL,
  full_name TEXT NOT NULL,
  arrest_date TEXT NOT NULL,
  residence_commune_code TEXT REFERENCES communes(code),
  person_id BIGINT REFERENCES people(id) ON DELETE SET NULL,
  charges TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX area_offenders_by_commune ON area_offenders (commune_code, arrest_date);
CREATE INDEX area_offenders_by_province ON area_offenders (province_code, arrest_date, commune_code,
  residence_commune_code);
CREATE INDEX area_offenders_by_residence ON area_offenders (residence_commune_code, arrest_date);
CREATE INDEX area_offenders_by_case ON area_offenders (case_id);

-- Đối tượng truy nã về ma túy believed to hide in the commune, until caught or gone.
CREATE TABLE area_wanted (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  commune_code TEXT NOT NULL REFERENCES communes(code),
  full_name TEXT NOT NULL,
  warrant TEXT NOT NULL DEFAULT '',
  since_date TEXT NOT NULL,
  until_date TEXT,                           -- caught or left; null while hiding
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX area_wanted_by_commune ON area_wanted (commune_code, since_date);
CREATE INDEX area_wanted_by_province ON area_wanted (province_code, since_date, until_date, commune_code);

-- Cây có chứa chất ma túy phát hiện, triệt phá.
CREATE TABLE area_plant_finds (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  commune_code TEXT NOT NULL REFERENCES communes(code),
  found_date TEXT NOT NULL,
  destroyed_date TEXT,
  plant TEXT NOT NULL DEFAULT '',            -- cần sa, thuốc phiện, ...
  plants BIGINT NOT NULL DEFAULT 0,
  area_m2_x100 BIGINT NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX area_plant_finds_by_commune ON area_plant_finds (commune_code, found_date);
CREATE INDEX area_plant_finds_by_province ON area_plant_finds (province_code, found_date, commune_code, plants,
  area_m2_x100);

-- Tuyến trọng điểm: intra- (nội tỉnh) or inter-provincial (liên tỉnh); the province that keeps it
-- and the communes it crosses. active_from/active_to bound the years it is recognised.
CREATE TABLE area_routes (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  name TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('intra', 'inter')),
  active_from TEXT NOT NULL,
  active_to TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX area_routes_by_province ON area_routes (province_code);

CREATE TABLE area_route_communes (
  route_id BIGINT NOT NULL REFERENCES area_routes(id) ON DELETE CASCADE,
  commune_code TEXT NOT NULL REFERENCES communes(code),
  PRIMARY KEY (route_id, commune_code)
);
CREATE INDEX area_route_communes_by_commune ON area_route_communes (commune_code);

-- Đánh giá xã không ma túy: the commune proposes, the standing office reviews, the province
-- approves or rejects with reasons. facts_json freezes the facts and result seen at each step.
CREATE TABLE area_drug_free_assessments (
  id {{pk}},
  province_code TEXT NOT NULL REFERENCES provinces(code),
  commune_code TEXT NOT NULL REFERENCES communes(code),
  year INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'reviewed', 'approved', 'rejected')),
  facts_json TEXT NOT NULL,
  proposed_by BIGINT,
  proposed_at BIGINT NOT NULL,
  reviewed_by BIGINT,
  reviewed_at BIGINT,
  review_note TEXT,
  decided_by BIGINT,
  decided_at BIGINT,
  decision_reason TEXT,
  UNIQUE (commune_code, year)
);
CREATE INDEX area_drug_free_by_province ON area_drug_free_assessments (province_code, year, status);

-- The approved list of a year once frozen: no assessment of that year changes afterwards.
CREATE TABLE area_drug_free_lists (
  province_code TEXT NOT NULL REFERENCES provinces(code),
  year INTEGER NOT NULL,
  frozen_by BIGINT,
  frozen_at BIGINT NOT NULL,
  communes_json TEXT NOT NULL,               -- the approved commune codes at freezing time
  PRIMARY KEY (province_code, year)
);

-- Lộ trình: the province's yearly target of drug-free communes, as a count or a share (basis points).
CREATE TABLE area_roadmap_targets (
  province_code TEXT NOT NULL REFERENCES provinces(code),
  year INTEGER NOT NULL,
  target_count INTEGER,
  target_share_bp INTEGER,
  note TEXT NOT NULL DEFAULT '',
  set_by BIGINT,
  set_at BIGINT NOT NULL,
  PRIMARY KEY (province_code, year)
);

-- The people registry counted per commune by state without reading its rows (app/areas/facts.cpp).
CREATE INDEX people_by_province_commune_state ON people (province_code, commune_code, state);
