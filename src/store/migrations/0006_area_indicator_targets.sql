-- Plan indicators: a province's own target for an indicator, in force from an
-- evaluation year on until a later row replaces it. Without a row, the default of the rule pack
-- "indicators" (rules/plan-indicators-2025.json) applies. value: basis points for changes and
-- shares (500 = 5%, -500 = −5%), a count for re-formed points. Who set it and when is shown.
CREATE TABLE area_indicator_targets (
  province_code TEXT NOT NULL REFERENCES provinces(code),
  indicator TEXT NOT NULL,
  from_year INTEGER NOT NULL,
  value BIGINT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  set_by BIGINT,                             -- users.id (no foreign key: audit keeps who)
  set_at BIGINT NOT NULL,
  PRIMARY KEY (province_code, indicator, from_year)
);

-- Cases counted per commune, year and status without reading the rows (app/areas/indicators.cpp).
CREATE INDEX area_cases_by_province_status ON area_cases (province_code, case_date, commune_code, status);
