// Shapes of the map and roadmap-outlook API.
import type { KeyType, PointKind, PointStatus, Roadmap, Tri } from './areas';

export interface ProjectedYear {
  year: number;
  /** Rounded and clamped to 0 … all communes. */
  communes: number;
  trend: number;
  target_communes: number | null;
}

export interface RoadmapOutlook extends Roadmap {
  projection: {
    enough_history: boolean;
    slope_per_year: number;
    horizon: number;
    history: { year: number; communes: number }[];
    years: ProjectedYear[];
  };
}

export interface MissingCriterion {
  criterion: string;
  source: string;
  undecided: boolean;
  excess: number;
  text: string;
}

export interface ClosestCommune {
  code: string;
  name: string;
  unmet: number;
  undecided: number;
  excess: number;
  missing: MissingCriterion[];
}

export interface ClosestCommunes {
  year: number;
  total: number;
  items: ClosestCommune[];
}

export interface MapPosition {
  lat: number;
  lon: number;
  source: 'set' | 'estimated';
}

export interface MapCommune {
  code: string;
  name: string;
  type: KeyType;
  drug_free: Tri;
  drug_free_unmet: string[];
  position: MapPosition | null;
  points: number;
}

export interface MapPoint {
  id: number;
  commune_code: string;
  kind: PointKind;
  name: string;
  address: string;
  status: PointStatus;
  reformed: boolean;
  lat: number | null;
  lon: number | null;
}

export interface MapData {
  year: number;
  province_code: string;
  communes: MapCommune[];
  points: MapPoint[];
}

export interface MapConfig {
  tile_url: string | null;
}
