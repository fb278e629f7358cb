// Vietnamese words for the people registry's codes. The server sends labels for states, event
// types, deadlines, episodes and drug types; the codes of event fields, their choices and a few
// other values are only codes in the API, so their words live here (docs/people-events.md).
import type { DeadlineStatus, FacilityKind, LinkStatus, ListCode, Sex } from '../../api/people';

import { formatDate } from '../plans/labels';

export { formatDate, label, todayInVietnam } from '../plans/labels';

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

export function endReasonLabel(code: string): string {
  const [head = '', detail] = code.split(':');
  const main = END_REASON_LABELS[head] ?? END_REASON_LABELS[code] ?? choiceLabel('reason', head);
  if (!detail) return main;
  return `${main}: ${choiceLabel('reason', detail).toLocaleLowerCase('vi')}`;
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
};

const DETAIL_VALUE_LABELS: Record<string, string> = {
  relapse_in_post_rehab: 'Tái nghiện trong thời gian quản lý sau cai',
  use_during_voluntary: 'Sử dụng ma túy trong thời gian cai nghiện tự nguyện',
  substitution_failure: 'Bị chấm dứt hoặc bỏ điều trị thay thế',
  voluntary_failure: 'Không đăng ký, không thực hiện hoặc tự ý chấm dứt cai nghiện tự nguyện',
  compulsory: 'Cai nghiện bắt buộc',
  voluntary: 'Cai nghiện tự nguyện',
};

export function detailValue(key: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return DETAIL_VALUE_LABELS[value] ?? choiceLabel(key === 'pending_management' ? 'place' : key, value);
}

/** Labels of event fields (docs/people-events.md). */
export const FIELD_LABELS: Record<string, string> = {
  remote_area: 'Địa bàn miền núi, hải đảo, vùng sâu, vùng xa',
  sample: 'Mẫu xét nghiệm',
  guardian_consent: 'Có sự đồng ý của cha, mẹ hoặc người giám hộ',
  substance: 'Chất phát hiện',
  stable: 'Có nơi cư trú ổn định',
  reason: 'Lý do',
  custody_without_facility: 'Đang bị tạm giữ, cơ sở y tế phải cử người đến xác định',
  result: 'Kết quả xác định',
  criteria: 'Các tiêu chuẩn chẩn đoán có biểu hiện',
  duration_met: 'Các biểu hiện kéo dài từ 1 tháng hoặc lặp lại trong 12 tháng',
  form: 'Hình thức',
  planned_months: 'Thời gian dự kiến (tháng, từ 6 đến 12)',
  stages: 'Các giai đoạn đã hoàn thành',
  phase: 'Giai đoạn điều trị',
  ground: 'Căn cứ buộc chấm dứt',
  count: 'Số lần',
  within_months: 'Trong khoảng (tháng)',
  missed_working_days: 'Số ngày làm việc bỏ điều trị',
  consecutive_missed_doses: 'Số liều bỏ liên tiếp',
  absent_working_days: 'Số ngày làm việc bỏ cai nghiện',
  decision: 'Quyết định',
  term_months: 'Thời hạn (tháng)',
  place: 'Nơi quản lý',
  months: 'Số tháng được giảm',
  merit: 'Có thành tích, lập công',
  recent_good_months: 'Số tháng liền kề được xếp loại khá trở lên',
  inpatient_days: 'Số ngày điều trị nội trú',
  days: 'Số ngày vắng mặt',
  deadline: 'Việc đã thực hiện',
  state: 'Chế độ đang áp dụng (ngày của sự kiện: ngày bắt đầu chế độ)',
  records_from: 'Ngày bắt đầu theo dõi trên hệ thống',
  reduction_months: 'Số tháng đã được giảm',
  completed: 'Hình thức cai nghiện đã hoàn thành',
};

/** Labels of choices, by field name; "field.choice" wins over "choice" where one word means two things. */
const CHOICE_LABELS: Record<string, string> = {
  urine: 'Nước tiểu',
  blood: 'Máu',
  'sample.other': 'Mẫu khác',
  opioid: 'Chất dạng thuốc phiện',
  'substance.other': 'Chất ma túy khác',
  education_at_commune: 'Bị áp dụng biện pháp giáo dục tại xã, phường',
  reform_school: 'Bị đưa vào trường giáo dưỡng',
  prison: 'Bị tạm giữ, tạm giam hoặc chấp hành án phạt tù',
  death: 'Chết',
  missing: 'Mất tích',
  moved_away: 'Chuyển nơi cư trú',
  addicted: 'Nghiện ma túy',
  not_addicted: 'Không nghiện ma túy',
  observation: 'Cần tiếp tục theo dõi, đánh giá',
  home: 'Tại gia đình, cộng đồng',
  facility: 'Tại cơ sở cai nghiện',
  substitution: 'Điều trị thay thế',
  'place.home': 'Tại gia đình',
  a: 'a) Tiếp nhận, phân loại',
  b: 'b) Điều trị cắt cơn, giải độc, điều trị rối loạn tâm thần và bệnh lý khác',
  c: 'c) Giáo dục, tư vấn, phục hồi hành vi, nhân cách',
  d: 'd) Lao động trị liệu, học nghề',
  dd: 'đ) Chuẩn bị tái hòa nhập cộng đồng',
  induction: 'Dò liều',
  dose_adjustment: 'Điều chỉnh liều',
  maintenance: 'Duy trì',
  tapering: 'Giảm liều',
  completed: 'Hoàn thành điều trị',
  forced_termination: 'Bị buộc chấm dứt điều trị',
  self_terminated: 'Tự ý chấm dứt',
  protocol_breaches: 'Vi phạm quy định điều trị nhiều lần',
  positive_opioid_tests: 'Dương tính chất dạng thuốc phiện liên tiếp sau giai đoạn duy trì',
  other_drug_positive: 'Dương tính với chất ma túy khác',
  disorderly_acts: 'Gây rối trật tự tại cơ sở điều trị',
  not_registered: 'Không đăng ký cai nghiện',
  not_started: 'Đã đăng ký nhưng không thực hiện cai nghiện',
  use_during_rehab: 'Sử dụng ma túy trong thời gian cai nghiện tự nguyện',
  substitution_failure: 'Bị chấm dứt hoặc tự ý bỏ điều trị thay thế',
  compulsory: 'Đưa vào cơ sở cai nghiện bắt buộc',
  rejected: 'Không chấp nhận đề nghị',
  'state.voluntary_home': 'Đang cai nghiện tự nguyện tại gia đình, cộng đồng',
  'state.voluntary_facility': 'Đang cai nghiện tự nguyện tại cơ sở',
  'state.substitution': 'Đang điều trị thay thế',
  'state.compulsory_facility': 'Đang cai nghiện bắt buộc tại cơ sở (ngày: ngày vào cơ sở)',
  'state.post_rehab': 'Đang quản lý sau cai nghiện (ngày: ngày hoàn thành cai nghiện)',
  'completed.voluntary': 'Cai nghiện tự nguyện',
  'completed.substitution': 'Điều trị thay thế',
  'completed.compulsory': 'Cai nghiện bắt buộc',
  serious_illness: 'Đang ốm nặng',
  family_hardship: 'Gia đình có khó khăn đặc biệt',
};

/** The six criteria of TT 18/2021/TT-BYT Art. 3 (criterion 6 is withdrawal). */
export const CRITERIA_LABELS: Record<number, string> = {
  1: 'Thèm muốn mạnh mẽ hoặc cảm thấy bắt buộc phải sử dụng',
  2: 'Khó khăn trong kiểm soát hành vi sử dụng',
  3: 'Có hiện tượng dung nạp (tăng liều)',
  4: 'Sao nhãng các thú vui, sở thích trước đây',
  5: 'Tiếp tục sử dụng dù biết rõ tác hại',
  6: 'Có hội chứng cai',
};

export function fieldLabel(name: string): string {
  return FIELD_LABELS[name] ?? name;
}

export function choiceLabel(field: string, choice: string): string {
  return CHOICE_LABELS[`${field}.${choice}`] ?? CHOICE_LABELS[choice] ?? choice;
}
