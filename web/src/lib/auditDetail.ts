// An audit row's detail as lines people read ("Vai trò: Lãnh đạo", "Phạm vi: Tỉnh Nghệ An"), not JSON:
// known keys get their Vietnamese names, codes the server named (scopes, communes) their names.
import { formatDate, formatNumber } from './format';
import type { ScopeKind } from '../api/types';
import { roleLabel, scopeLabel } from './labels';

export const DETAIL_LABELS: Record<string, string> = {
  account: 'Tài khoản',
  reason: 'Lý do',
  role: 'Vai trò',
  scope: 'Phạm vi',
  disabled: 'Khóa tài khoản',
  password_reset: 'Đặt lại mật khẩu',
  full_name: 'Họ và tên',
  username: 'Tên đăng nhập',
  commune_code: 'Xã, phường',
  province_code: 'Tỉnh',
  population: 'Dân số',
  is_border: 'Xã biên giới',
  is_remote: 'Xã vùng sâu, vùng xa',
  cleared: 'Xóa dữ liệu',
  year: 'Năm',
  rows: 'Số dòng',
  communes: 'Số xã, phường',
  changed: 'Thay đổi',
  changes: 'Thay đổi',
  plan_id: 'Kế hoạch số',
  instance_id: 'Kỳ báo cáo số',
  decision: 'Quyết định',
  decision_number: 'Số quyết định',
  decision_date: 'Ngày ký quyết định',
  reminder_days: 'Nhắc trước (ngày)',
  name: 'Tên',
  kind: 'Loại',
  via: 'Qua',
  status: 'Trạng thái',
  from: 'Từ',
  to: 'Đến',
  date: 'Ngày',
  note: 'Ghi chú',
  format: 'Định dạng',
  filters: 'Bộ lọc',
  fields: 'Các trường',
  masked: 'Số định danh (che)',
  fingerprint: 'Dấu vân tay số định danh',
  type: 'Loại',
  value: 'Giá trị',
  param: 'Tham số',
  person_id: 'Đối tượng số',
  merged_id: 'Hồ sơ gộp số',
  event_id: 'Sự kiện số',
  job: 'Công việc số',
  total: 'Tổng số',
};

const VALUE_LABELS: Record<string, string> = {
  invalid_credentials: 'Sai tên đăng nhập hoặc mật khẩu',
  unknown: 'Không tồn tại',
  locked: 'Tài khoản đang bị tạm khóa',
  disabled: 'Tài khoản đã bị khóa',
  approve: 'Duyệt',
  return: 'Trả lại',
  plan: 'Kế hoạch',
  xlsx: 'Excel (XLSX)',
  docx: 'Word (DOCX)',
  csv: 'CSV',
};

export interface DetailLine {
  label: string;
  value: string;
}

function valueText(key: string, value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.map((v) => valueText(key, v, names)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${DETAIL_LABELS[k] ?? k}: ${valueText(k, v, names)}`)
      .join('; ');
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (key === 'role') return roleLabel(text);
  const named = names[text];
  if (key === 'scope') {
    const [kind, id = ''] = text.split(':');
    return named ? scopeLabel({ kind: kind as ScopeKind, id, name: named }) : text;
  }
  if (named) return key === 'province_code' ? scopeLabel({ kind: 'province', id: text, name: named }) : named;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
  return VALUE_LABELS[text] ?? text;
}

/** The detail of an audit row, one line per field, in Vietnamese. */
export function auditDetailLines(detail: unknown, names: Record<string, string> = {}): DetailLine[] {
  if (detail === null || typeof detail !== 'object' || Array.isArray(detail)) return [];
  return Object.entries(detail as Record<string, unknown>).map(([key, value]) => ({
    label: DETAIL_LABELS[key] ?? key,
    value: valueText(key, value, names),
  }));
}
