// Shapes of the people registry's API (src/api/openapi/people.json).
import { downloadFile } from './plans';
import type { Page } from './types';

export type Sex = 'male' | 'female';
export type ListCode = 'users' | 'addicts' | 'post_rehab';

export interface DrugType {
  code: string;
  label: string;
}

export type FieldKind = 'boolean' | 'integer' | 'text' | 'choice' | 'integer_list' | 'choice_list' | 'date';

export interface EventField {
  name: string;
  /** Vietnamese, from the server (src/core/people/event_labels.cpp). */
  label: string;
  kind: FieldKind;
  required: boolean;
  choices: string[];
  /** Vietnamese label of each choice (of each number, for the addiction criteria). */
  choice_labels: Record<string, string>;
}

/** One row of the server's placement table (src/core/people/placement.cpp): the first row whose field holds its value (or with no field) says where the event puts the person. */
export interface PlacementRule {
  field: string | null;
  value: string | null;
  placement: 'home' | 'rehab_facility' | 'substitution_facility';
  /** The kind of facility to pick from, for a placement at a facility. */
  facility_kind: FacilityKind | null;
}

export interface EventType {
  type: string;
  label: string;
  source: string;
  /** States the law allows the event in. */
  from: string[];
  fields: EventField[];
  /** Empty when the event places no one. */
  placement: PlacementRule[];
}

export interface StateInfo {
  code: string;
  label: string;
  lists: ListCode[];
}

export interface Reference {
  event_types: EventType[];
  states: StateInfo[];
  drug_types: DrugType[];
  import_fields: { field: string; label: string }[];
}

/** What every view of a person carries. */
interface PersonCore {
  id: number;
  personal_id: string;
  full_name: string;
  aliases: string[];
  birth_date: string;
  sex: Sex;
  province_code: string;
  commune_code: string;
  state: string;
  state_label: string;
  facility_id: number | null;
}

/** One line of a search: the personal ID is masked unless the role needs it. */
export interface PersonSummary extends PersonCore {
  commune_name: string;
  distance: number;
}

export interface SearchPage extends Page<PersonSummary> {
  /** More candidates than the server read: refine the query. */
  truncated: boolean;
}

export interface Person extends PersonCore {
  address: string;
  stable_residence: boolean;
  drug_types: DrugType[];
  photo: string | null;
  lists: ListCode[];
  created_at: string;
  updated_at: string;
}

export interface StoredEvent {
  id: number;
  type: string;
  date: string;
  fields: Record<string, unknown>;
  facility_id: number | null;
  reason: string | null;
  recorded_by: string;
  recorded_at: string;
}

export interface Episode {
  id: number;
  kind: string;
  label: string;
  start: string;
  end: string | null;
  end_reason: string | null;
  pack: string | null;
  details: Record<string, unknown>;
}

export type DeadlineStatus =
  | 'pending'
  | 'overdue'
  | 'met'
  | 'late'
  | 'superseded'
  | 'unknown_rule_value'
  | 'no_rule_pack'
  | 'missing_person_fact';

export interface Deadline {
  kind: string;
  label: string;
  episode: number;
  from: string;
  due: string | null;
  status: DeadlineStatus;
  done_on: string | null;
  params: string[];
  missing: string | null;
  source: string;
  pack: string | null;
  confirmed: boolean;
}

export interface Obligation {
  code: string;
  message: string;
  source: string;
  date: string;
  event: number;
}

export interface Lifecycle {
  as_of: string;
  state: string;
  state_label: string;
  lists: ListCode[];
  episodes: Episode[];
  deadlines: Deadline[];
  obligations: Obligation[];
}

export interface PersonRecord extends Person {
  commune_name: string;
  province_name: string;
  facility_name: string | null;
  events: StoredEvent[];
  lifecycle: Lifecycle | null;
  /** Set when the recorded events no longer replay (e.g. after a rule value changed). */
  lifecycle_error: string | null;
}

/** The person's timeline after an event is recorded or withdrawn, as the record page shows it. */
export interface TimelineAfterChange {
  lifecycle: Lifecycle & { facility_id: number | null };
  events: StoredEvent[];
  facility_name: string | null;
}

export interface EventRecorded extends TimelineAfterChange {
  event_id: number;
}

export interface IdCheck {
  valid: boolean;
  code?: string;
  message?: string;
  province_code?: string;
  /** Set by the API (not by the `pcmt person check-id` CLI) when the number is valid. */
  province_name?: string;
  sex?: Sex;
  birth_year?: number;
  warnings?: { code: string; message: string }[];
}

export interface DuplicateCandidate {
  why: 'same_id' | 'similar_name';
  /** Absent when the same ID is held outside the caller's scope. */
  person: PersonSummary | null;
  /** With `person: null`: what to do ("Đã có hồ sơ ở tỉnh khác — liên hệ cơ quan thường trực"). */
  message?: string;
}

export interface RegistrationCheck {
  id_check: IdCheck;
  duplicates: DuplicateCandidate[];
}

export interface PersonInput {
  personal_id: string;
  full_name: string;
  birth_date: string;
  sex: Sex | '';
  commune_code: string;
  address: string;
  stable_residence: boolean;
  aliases: string[];
  drug_types: string[];
  photo?: string;
  confirm_id_mismatch?: boolean;
  confirm_not_duplicate?: boolean;
}

export interface WorkItem {
  person_id: number;
  personal_id: string;
  full_name: string;
  commune_code: string;
  kind: string;
  label: string;
  from: string;
  due: string;
  status: 'overdue' | 'this_week';
  source: string;
  pack: string;
  confirmed: boolean;
}

export interface Worklist {
  today: string;
  week_start: string;
  week_end: string;
  overdue: number;
  due_this_week: number;
  /** Open deadlines whose length the rule pack does not know yet. */
  undated: number;
  items: WorkItem[];
}

export interface RowProblem {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  valid: number;
  imported: number;
  committed: boolean;
  /** field → header found in the file */
  columns: Record<string, string>;
  errors: RowProblem[];
  duplicates: { line: number; person_id: number | null; other_line: number | null }[];
}

export type LinkStatus = 'agrees' | 'differs' | 'not_found';

export interface LinkageItem {
  person_id: number;
  personal_id: string;
  full_name: string;
  commune_code: string;
  status: LinkStatus;
  differences: string[];
  registered_commune_code: string | null;
  registered_commune_name: string | null;
  registered_elsewhere: boolean;
}

export interface LinkageReport {
  extract_rows: number;
  compared: number;
  agrees: number;
  differs: number;
  not_found: number;
  elsewhere: number;
  not_in_registry: number;
  errors: RowProblem[];
  items: LinkageItem[];
}

export interface CategoryCounts {
  code: string;
  label: string;
  total: number;
  by_sex: Record<string, number>;
  by_age_band: Record<string, number>;
  by_drug_type: Record<string, number>;
}

export interface Statistics {
  as_of: string;
  province: string;
  commune: string | null;
  categories: CategoryCounts[];
  communes: { code: string; name: string; counts: Record<string, number> }[];
}

export type FacilityKind = 'rehab' | 'substitution';

export interface Facility {
  id: number;
  province_code: string;
  kind: FacilityKind;
  name: string;
  address: string;
  capacity: number;
  occupancy: number;
  agency_id: number | null;
  agency_name: string | null;
}

export interface RuleParam {
  name: string;
  unit: string;
  source: string;
  value: number | null;
  /** Unknown in the shipped pack (the domain notes give no value). */
  unknown: boolean;
  confirmed: boolean;
  overridden: boolean;
  override?: { source: string; by: string; at: string };
}

export interface RulePack {
  id: string;
  topic: string;
  title: string;
  effective_from: string;
  effective_to: string | null;
  params: RuleParam[];
}

export interface RuleChange {
  pack: RulePack;
  recomputed: number;
  /** Of the people recomputed, those whose stored deadlines, episodes or state changed. */
  changed: number;
  now_refused: number[];
}

/** A table sent for import or linkage: CSV as text, XLSX as base64. */
export interface TableUpload {
  format: 'csv' | 'xlsx';
  content?: string;
  content_base64?: string;
  mapping: Record<string, string>;
  commune: string;
}

/** The people import's template: the columns it reads, headed by their Vietnamese names. */
export const downloadPeopleTemplate = () => downloadFile('/people/import/template.xlsx', 'mau-nhap-doi-tuong.xlsx');
