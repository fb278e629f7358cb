// Shapes of the areas API: classification under QĐ 28/2025 and the registries feeding it.

/** true = met, false = not met, null = undecided for lack of data. */
export type Tri = boolean | null;

export type KeyType = 'I' | 'II' | 'III' | 'none' | 'insufficient_data';

export interface CommuneFacts {
  population: number | null;
  managed_users: number;
  use_points: number;
  arrested_offenders: number;
  plants: number;
  plant_area_m2: number;
  on_route: boolean;
  resident_users_not_excluded: number;
  resident_violators: number;
  wanted_hiding: number;
}

export interface CommuneClassification {
  code: string;
  name: string;
  type: KeyType;
  criteria: Record<string, Tri>;
  drug_free: Tri;
  drug_free_unmet: string[];
  drug_free_undecided?: string[];
  possible_types?: string[];
  missing?: string[];
  rates_percent?: { managed_users: number | null; arrested_offenders: number | null };
  sources?: Record<string, string>;
  facts: Partial<CommuneFacts>;
}

export interface ProvinceAssessment {
  key_complex: Tri;
  criteria: Record<string, Tri>;
  missing?: string[];
  sources?: Record<string, string>;
}

export interface ClassificationRun {
  year: number;
  communes: CommuneClassification[];
  province?: ProvinceAssessment;
}

export interface CommuneRecords {
  points: number[];
  offenders: number[];
  plant_finds: number[];
  wanted: number[];
  routes: number[];
}

export interface CommuneClassificationDetail {
  year: number;
  commune: CommuneClassification;
  records: CommuneRecords;
}

export type PointKind = 'use_point' | 'hotspot' | 'retail';
export type PointStatus = 'found' | 'verified' | 'being_dismantled' | 'eliminated' | 'watched';

export interface AreaPoint {
  id: number;
  commune_code: string;
  kind: PointKind;
  name: string | null;
  address: string;
  lat: number | null;
  lon: number | null;
  found_date: string;
  note: string | null;
  status: PointStatus;
  verified_date: string | null;
  dismantling_date: string | null;
  eliminated_date: string | null;
  watched_date: string | null;
  reformed: number | boolean;
  reformed_from: number | null;
}

export type DrugFreeStatus = 'proposed' | 'reviewed' | 'approved' | 'rejected';

export interface DrugFreeAssessment {
  id: number;
  commune_code: string;
  commune_name: string;
  year: number;
  status: DrugFreeStatus;
  proposed_at: number;
  reviewed_at: number | null;
  review_note: string | null;
  decided_at: number | null;
  decision_reason: string | null;
  /** The province's decision (number, date of issue YYYY-MM-DD), recorded with an approval. */
  decision_number: string | null;
  decision_date: string | null;
  at_risk?: boolean;
}

export interface DrugFreeList {
  year: number;
  frozen: boolean;
  items: DrugFreeAssessment[];
}

export interface RoadmapYear {
  year: number;
  target_count: number | null;
  target_share_bp: number | null;
  target_communes: number | null;
  note?: string;
  approved: number;
  approved_share_bp: number;
  met: boolean | null;
}

export interface Roadmap {
  province_code: string;
  commune_count: number;
  items: RoadmapYear[];
}

export interface KeyRoute {
  id: number;
  name: string;
  scope: 'intra' | 'inter';
  active_from: string;
  active_to: string | null;
  note: string;
  communes: string[];
}
