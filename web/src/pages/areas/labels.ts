import type { KeyType, PointKind, PointStatus } from '../../api/areas';

export const KEY_TYPE_LABELS: Record<KeyType, string> = {
  I: 'Loại I',
  II: 'Loại II',
  III: 'Loại III',
  none: 'Không trọng điểm',
  insufficient_data: 'Thiếu dữ liệu',
};

/** What each criterion of QĐ 28/2025 Điều 4 (key types) and Điều 6 (drug-free) asks, in short. */
export const CRITERION_LABELS: Record<string, string> = {
  'I.a': 'Tỷ lệ người sử dụng trái phép chất ma túy có hồ sơ quản lý trên dân số',
  'I.b': 'Số điểm, tụ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy',
  'I.c': 'Tỷ lệ đối tượng phạm tội về ma túy bị bắt giữ trên dân số',
  'I.d': 'Số cây hoặc diện tích trồng cây có chứa chất ma túy bị phát hiện',
  'I.đ': 'Nằm trên tuyến trọng điểm và đủ số tiêu chí loại II',
  'II.a': 'Tỷ lệ người sử dụng trái phép chất ma túy có hồ sơ quản lý trên dân số',
  'II.b': 'Có điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy',
  'II.c': 'Tỷ lệ đối tượng phạm tội về ma túy bị bắt giữ trên dân số',
  'II.d': 'Số cây hoặc diện tích trồng cây có chứa chất ma túy bị phát hiện',
  'II.đ': 'Nằm trên tuyến trọng điểm và đủ số tiêu chí loại III',
  'III.a': 'Tỷ lệ người sử dụng trái phép chất ma túy có hồ sơ quản lý trên dân số',
  'III.b': 'Tỷ lệ đối tượng phạm tội về ma túy bị bắt giữ trên dân số',
  'III.c': 'Số cây hoặc diện tích trồng cây có chứa chất ma túy bị phát hiện',
  'drug_free.a': 'Không có người nghiện, người sử dụng trái phép chất ma túy cư trú (trừ trường hợp loại trừ)',
  'drug_free.b': 'Không có người vi phạm pháp luật về ma túy, không có đối tượng truy nã lẩn trốn',
  'drug_free.c': 'Không có điểm, tụ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy',
};

export const FACT_LABELS: Record<string, string> = {
  population: 'Dân số',
  managed_users: 'Người sử dụng, nghiện có hồ sơ quản lý',
  use_points: 'Điểm, tụ điểm sử dụng trái phép chất ma túy',
  arrested_offenders: 'Đối tượng bị bắt giữ',
  plants: 'Số cây có chứa chất ma túy',
  plant_area_m2: 'Diện tích trồng cây có chứa chất ma túy (m²)',
  on_route: 'Nằm trên tuyến trọng điểm',
  resident_users_not_excluded: 'Người sử dụng cư trú (không thuộc diện loại trừ)',
  resident_violators: 'Người cư trú vi phạm pháp luật về ma túy',
  wanted_hiding: 'Đối tượng truy nã lẩn trốn',
};

export const POINT_KIND_LABELS: Record<PointKind, string> = {
  use_point: 'Điểm sử dụng trái phép chất ma túy',
  hotspot: 'Tụ điểm',
  retail: 'Điểm bán lẻ',
};

export const POINT_STATUS_LABELS: Record<PointStatus, string> = {
  found: 'Mới phát hiện',
  verified: 'Đã xác minh',
  being_dismantled: 'Đang triệt xóa',
  eliminated: 'Đã triệt xóa',
  watched: 'Đang theo dõi',
};

/** The lifecycle in order; the API moves a point one step at a time. */
export const POINT_STEPS: PointStatus[] = ['found', 'verified', 'being_dismantled', 'eliminated', 'watched'];

/** The button that moves a point to the next status. */
export const POINT_NEXT_ACTION: Partial<Record<PointStatus, string>> = {
  verified: 'Xác minh',
  being_dismantled: 'Bắt đầu triệt xóa',
  eliminated: 'Đã triệt xóa',
  watched: 'Chuyển theo dõi',
};

export function triLabel(t: boolean | null | undefined): string {
  if (t === null || t === undefined) return 'Thiếu dữ liệu';
  return t ? 'Đạt' : 'Không đạt';
}

/** The evaluation year today belongs to: 15/12 starts the next year's window (QĐ 28/2025). */
export function currentEvaluationYear(today = new Date()): number {
  const y = today.getFullYear();
  return today.getMonth() === 11 && today.getDate() >= 15 ? y + 1 : y;
}

export const DRUG_FREE_STATUS_LABELS: Record<string, string> = {
  proposed: 'Xã đề nghị',
  reviewed: 'Thường trực đã thẩm định',
  approved: 'Đã công nhận',
  rejected: 'Không công nhận',
};

/** The province's own criteria (QĐ 28/2025 Điều 5): a key complex area meets at least 4 of the 6. */
export const PROVINCE_CRITERION_LABELS: Record<string, string> = {
  '1': 'Tỷ lệ người sử dụng trái phép chất ma túy có hồ sơ quản lý trên dân số',
  '2': 'Số điểm, tụ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy',
  '3': 'Tỷ lệ đối tượng phạm tội về ma túy bị bắt giữ trên dân số',
  '4': 'Tỷ lệ xã, phường trọng điểm loại I, loại II',
  '5': 'Số cây hoặc diện tích trồng cây có chứa chất ma túy bị phát hiện',
  '6': 'Nằm trên tuyến trọng điểm liên tỉnh',
};
