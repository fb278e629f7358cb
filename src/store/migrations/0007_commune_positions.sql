-- Where a commune sits on the province map. The official commune list has no
-- coordinates: the standing office or the admin places each commune on the map page; until then
-- the map estimates the position from the commune's points.
CREATE TABLE area_commune_positions (
  commune_code TEXT PRIMARY KEY REFERENCES communes(code),
  province_code TEXT NOT NULL REFERENCES provinces(code),
  lat DOUBLE PRECISION NOT NULL CHECK (lat >= -90 AND lat <= 90),
  lon DOUBLE PRECISION NOT NULL CHECK (lon >= -180 AND lon <= 180),
  set_by BIGINT,
  set_at BIGINT NOT NULL
);
CREATE INDEX area_commune_positions_by_province ON area_commune_positions (province_code);
