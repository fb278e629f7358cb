/** GET /api/v1/areas/indicators: the plan indicators of an evaluation year (src/app/areas/indicators.hpp). */
export type IndicatorCode =
  | 'cases_change'
  | 'cases_resolved'
  | 'points_eliminated'
  | 'retail_change'
  | 'reformed_points'
  | 'border_drug_free';

export type Comparison = 'change_at_least' | 'change_at_most' | 'share_above' | 'share_at_least' | 'count_at_most';

export type Met = 'met' | 'not_met' | 'no_data';

export interface IndicatorResult {
  indicator: IndicatorCode;
  target: number;
  met: Met;
  /** Changes: this year, the year before, the change in basis points (null when the year before is 0). */
  current?: number;
  previous?: number;
  change_bp?: number | null;
  /** Shares: part of whole, in basis points (null when whole is 0). */
  part?: number;
  whole?: number;
  share_bp?: number | null;
  /** Counts. */
  count?: number;
}

export interface IndicatorTarget {
  indicator: IndicatorCode;
  label: string;
  comparison: Comparison;
  value: number;
  min: number;
  max: number;
  origin: 'default' | 'province';
  /** Default: the plan it comes from. */
  source?: string;
  /** The province's own: from which year, why, who, when (epoch seconds). */
  from_year?: number;
  note?: string;
  set_by?: string;
  set_at?: number;
}

export interface IndicatorWindow {
  year: number;
  from: string;
  to: string;
}

export interface IndicatorCommune {
  code: string;
  name: string;
  is_border: boolean;
  indicators: IndicatorResult[];
}

export interface IndicatorsRun {
  year: number;
  province_code: string;
  scope: 'province' | 'commune';
  window: IndicatorWindow;
  previous_window: IndicatorWindow;
  targets: IndicatorTarget[];
  total: { communes: number; indicators: IndicatorResult[] };
  communes: IndicatorCommune[];
  can_set_targets: boolean;
}
