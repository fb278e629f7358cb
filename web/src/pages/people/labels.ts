// Vietnamese words for the people registry's codes. The server sends labels for states, event
// types and their fields and choices, deadlines, episodes and drug types; the few other values that
// are only codes in the API (episode end reasons and details, statuses) have their words here.
import type { DeadlineStatus, EventType, FacilityKind, LinkStatus, ListCode, Sex } from '../../api/people';

import { formatDate } from '../../lib/format';

export { formatDate, todayInVietnam } from '../../lib/format';
export { label } from '../../lib/labels';

/**
 * A rule's citation as an officer reads it. Whether a third-party reading of a law could be confirmed is for
 * the administrators who maintain the rule packs; officers get the citation without that caveat.
 */
export function citation(source: string, admin: boolean): string {
  return admin ? source : source.replace(/\s*\([^()]*CHƯA XÁC NHẬN\)/g, '');
}

/** A personal ID as lists show it to those who may not see it in full: "040******345" (as the server masks). */
export function maskPersonalId(id: string): string {
  return id.length === 12 ? `${id.slice(0, 3)}${'*'.repeat(6)}${id.slice(9)}` : '*'.repeat(id.length);
}

export const SEX_LABELS: Record<Sex, string> = { male: 'Nam', female: 'Nữ' };

export const LIST_LABELS: Record<ListCode, string> = {
  users: 'Người sử dụng trái phép chất ma túy',
  addicts: 'Người nghiện ma túy',
  post_rehab: 'Người sau cai nghiện',
};

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  pending: 'Chưa đến hạn',
  overdue: 'Quá hạn',
  met: 'Đã thực hiện đúng hạn',
  late: 'Thực hiện trễ hạn',
  superseded: 'Không còn áp dụng',
  unknown_rule_value: 'Chưa có quy định',
  no_rule_pack: 'Chưa có văn bản áp dụng',
  missing_person_fact: 'Thiếu thông tin đối tượng',
};

/** The tag colour of a deadline status. */
export function deadlineTone(status: DeadlineStatus): 'on' | 'off' | 'wait' | 'warn' {
  if (status === 'overdue' || status === 'late') return 'off';
  if (status === 'met') return 'on';
  if (status === 'pending' || status === 'superseded') return 'wait';
  return 'warn';
}

export const PACK_LABELS: Record<string, string> = {
  'law-73-2021': 'Luật 73/2021/QH14 và văn bản hướng dẫn',
  'law-120-2025': 'Luật 120/2025/QH15',
};

export const PERSON_FACT_LABELS: Record<string, string> = { birth_date: 'ngày sinh' };

export const FACILITY_KIND_LABELS: Record<FacilityKind, string> = {
  rehab: 'Cơ sở cai nghiện ma túy',
  substitution: 'Cơ sở điều trị thay thế',
};

export const LINK_STATUS_LABELS: Record<LinkStatus, string> = {
  agrees: 'Khớp',
  differs: 'Khác',
  not_found: 'Không có trong dữ liệu dân cư',
};

export const LINK_DIFFERENCE_LABELS: Record<string, string> = {
  full_name: 'Họ và tên',
  birth_date: 'Ngày sinh',
  commune: 'Xã, phường cư trú',
  address: 'Địa chỉ',
};

/** The columns a population-database extract is read by (src/app/people/linkage.cpp). */
export const LINKAGE_FIELDS = [
  { field: 'personal_id', label: 'Số định danh cá nhân' },
  { field: 'full_name', label: 'Họ và tên' },
  { field: 'birth_date', label: 'Ngày sinh' },
  { field: 'commune', label: 'Xã, phường đăng ký cư trú' },
  { field: 'address', label: 'Địa chỉ' },
];

export const AGE_BAND_LABELS: Record<string, string> = {
  under_14: 'Dưới 14 tuổi',
  '14_16': 'Từ 14 đến dưới 16',
  '16_18': 'Từ 16 đến dưới 18',
  '18_30': 'Từ 18 đến dưới 30',
  '30_plus': 'Từ 30 tuổi trở lên',
};

export const UNIT_LABELS: Record<string, string> = {
  working_days: 'ngày làm việc',
  days: 'ngày',
  months: 'tháng',
  years: 'năm',
  hours: 'giờ',
  count: 'lần / tiêu chí',
  ratio: 'tỷ lệ',
  date: 'ngày áp dụng',
};

/** Why an episode ended (src/core/people/engine_*.cpp); "stopped:prison" reads its reason too. */
const END_REASON_LABELS: Record<string, string> = {
  expired: 'Hết thời hạn',
  completed: 'Hoàn thành',
  new_decision: 'Có quyết định quản lý mới',
  addicted: 'Xác định là nghiện',
  not_addicted: 'Xác định không nghiện',
  relapse: 'Tái nghiện',
  started: 'Đã bắt đầu cai nghiện, điều trị',
  court_decision: 'Tòa án đã quyết định',
  rejected: 'Tòa án không chấp nhận đề nghị',
  exempted: 'Được miễn chấp hành',
  death: 'Chết',
  stopped: 'Dừng quản lý',
  removed: 'Đưa ra khỏi danh sách',
  violation: 'Vi phạm, lập hồ sơ cai nghiện bắt buộc',
};

/** The label of a choice of `field` as the reference gives it (the field may belong to several event types). */
export function choiceLabelIn(types: EventType[], field: string, choice: string): string {
  for (const t of types) {
    for (const f of t.fields) if (f.name === field && f.choice_labels[choice]) return f.choice_labels[choice];
  }
  return choice;
}

export function endReasonLabel(code: string, types: EventType[]): string {
  const [head = '', detail] = code.split(':');
  const main = END_REASON_LABELS[head] ?? END_REASON_LABELS[code] ?? choiceLabelIn(types, 'reason', head);
  if (!detail) return main;
  return `${main}: ${choiceLabelIn(types, 'reason', detail).toLocaleLowerCase('vi')}`;
}

/** Episode details worth showing (src/core/people/engine_*.cpp). */
export const DETAIL_LABELS: Record<string, string> = {
  decision_date: 'Ngày quyết định',
  result: 'Kết quả',
  term_months: 'Thời hạn (tháng)',
  pending_management: 'Quản lý trong thời gian lập hồ sơ',
  postponed_on: 'Hoãn từ ngày',
  admission: 'Ngày vào cơ sở',
  term_end: 'Hết hạn chấp hành',
  remaining_days_at_suspension: 'Số ngày còn lại khi tạm đình chỉ',
  unreported_absence_days: 'Số ngày vắng mặt không trình báo',
  form: 'Hình thức',
  planned_months: 'Thời gian dự kiến (tháng)',
  phase: 'Giai đoạn',
  trigger: 'Căn cứ lập hồ sơ',
  completed: 'Hoàn thành theo hình thức',
  taken_over: 'Tiếp nhận từ sổ theo dõi hiện có',
  records_from: 'Theo dõi trên hệ thống từ ngày',
};

const DETAIL_VALUE_LABELS: Record<string, string> = {
  relapse_in_post_rehab: 'Tái nghiện trong thời gian quản lý sau cai',
  use_during_voluntary: 'Sử dụng ma túy trong thời gian cai nghiện tự nguyện',
  substitution_failure: 'Bị chấm dứt hoặc bỏ điều trị thay thế',
  voluntary_failure: 'Không đăng ký, không thực hiện hoặc tự ý chấm dứt cai nghiện tự nguyện',
  compulsory: 'Cai nghiện bắt buộc',
  voluntary: 'Cai nghiện tự nguyện',
};

export function detailValue(key: string, value: unknown, types: EventType[]): string {
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return DETAIL_VALUE_LABELS[value] ?? choiceLabelIn(types, key === 'pending_management' ? 'place' : key, value);
}





