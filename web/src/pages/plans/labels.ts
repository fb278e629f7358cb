// Vietnamese words for the plans module's codes, and how its dates and deadlines read.
import type {
  Due,
  DueKind,
  DueState,
  Every,
  Instance,
  InstanceStatus,
  PlanKind,
  Progress,
  TaskRole,
  TaskStatus,
} from '../../api/plans';
import { formatDate } from '../../lib/format';

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  ke_hoach: 'Kế hoạch',
  nghi_quyet: 'Nghị quyết',
  chuong_trinh: 'Chương trình',
  quyet_dinh: 'Quyết định',
  other: 'Văn bản khác',
};

/** The kinds a person picks from when correcting a deadline. */
export const DUE_KIND_LABELS: Record<DueKind, string> = {
  date: 'Hạn cụ thể',
  month: 'Trong tháng',
  quarter: 'Trong quý',
  year: 'Trong năm',
  relative: 'Số ngày kể từ khi nhận kế hoạch',
  recurring: 'Định kỳ',
  continuous: 'Thường xuyên',
  conditional: 'Có điều kiện',
  none: 'Chưa có hạn',
};

export const EVERY_LABELS: Record<Every, string> = {
  year: 'Hằng năm',
  half_year: '6 tháng một lần',
  quarter: 'Hằng quý',
  month: 'Hằng tháng',
};

export const TASK_ROLE_LABELS: Record<TaskRole, string> = {
  lead: 'Chủ trì',
  cooperating: 'Phối hợp',
  requested: 'Đề nghị',
};

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  done: 'Hoàn thành',
  in_progress: 'Đang thực hiện',
  overdue: 'Quá hạn',
};

export const DUE_STATE_LABELS: Record<DueState, string> = {
  scheduled: 'Đã lên lịch báo cáo',
  awaiting_condition: 'Chờ điều kiện để tính hạn',
  no_deadline: 'Chưa có hạn',
  beyond_horizon: 'Ngoài thời gian theo dõi',
};

export const PROGRESS_LABELS: Record<Progress, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
};

export const INSTANCE_STATUS_LABELS: Record<InstanceStatus, string> = {
  pending: 'Chưa gửi',
  submitted: 'Chờ duyệt',
  accepted: 'Đã duyệt',
  returned: 'Bị trả lại',
};

/** Catalogue kinds, for an agency the user adds to the catalogue. */
export const AGENCY_KIND_LABELS: Record<string, string> = {
  so: 'Sở, cơ quan chuyên môn',
  ban: 'Ban, cơ quan tham mưu',
  nganh_doc: 'Cơ quan ngành dọc',
  doan_the: 'Mặt trận, đoàn thể',
  luc_luong_vu_trang: 'Lực lượng vũ trang',
  tu_phap: 'Viện kiểm sát, Tòa án',
  bao_chi: 'Báo chí',
  ubnd: 'Ủy ban nhân dân',
  khac: 'Khác',
};

/** The kind of a deadline in words: a recurring one says how often. */
export function dueKindLabel(due: Due): string {
  if (due.kind === 'recurring') return due.every ? EVERY_LABELS[due.every] : 'Định kỳ theo chu kỳ báo cáo';
  return DUE_KIND_LABELS[due.kind] ?? due.kind;
}

/** The computed part of a deadline: its date, its day of the period, or its number of days. */
export function dueDetail(due: Due): string {
  if (due.kind === 'recurring') {
    if (due.day && due.month) return `trước ngày ${due.day}/${due.month}`;
    if (due.day) return `trước ngày ${due.day} của kỳ`;
    return '';
  }
  if (due.kind === 'relative' && !due.date && due.days) return `${due.days} ngày`;
  return due.date ? formatDate(due.date) : '';
}

/** One line for a deadline: "Hạn cụ thể · 30/6/2025". */
export function dueSummary(due: Due): string {
  return [dueKindLabel(due), dueDetail(due)].filter(Boolean).join(' · ');
}

/** What a report instance means for its agency right now, in words. */
export function instanceState(i: Instance): string {
  if (i.status === 'pending') return i.overdue ? 'Quá hạn, chưa gửi' : 'Chưa gửi';
  if (i.status === 'returned') return i.overdue ? 'Bị trả lại, quá hạn' : 'Bị trả lại, cần gửi lại';
  const timing = i.on_time === false ? ', gửi trễ hạn' : i.on_time ? ', đúng hạn' : '';
  return `${INSTANCE_STATUS_LABELS[i.status]}${timing}`;
}

/** The tag colour of an instance: red when late or overdue, green when accepted. */
export function instanceTone(i: Instance): 'on' | 'off' | 'wait' {
  if (i.overdue || i.on_time === false) return 'off';
  if (i.status === 'accepted') return 'on';
  return 'wait';
}
