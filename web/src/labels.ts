import type { CommuneKind, Role, Scope, User } from './api/types';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  standing_office: 'Cơ quan thường trực',
  leader: 'Lãnh đạo',
  agency: 'Sở, ban, ngành',
  commune: 'Cấp xã',
  auditor: 'Kiểm tra, giám sát',
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const COMMUNE_KIND_LABELS: Record<CommuneKind, string> = {
  xa: 'Xã',
  phuong: 'Phường',
  dac_khu: 'Đặc khu',
};

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

export function scopeLabel(scope: Scope): string {
  const name = scope.name || scope.id;
  if (scope.kind === 'province') return /^(Tỉnh|Thành phố)\s/.test(name) ? name : `Tỉnh ${name}`;
  return name;
}

/** What each role may open in the UI; the server enforces the same rules. */
export const can = {
  editCommunes: (u: User) => u.role === 'admin' || u.role === 'standing_office',
  editCommune: (u: User, code: string) =>
    can.editCommunes(u) || (u.role === 'commune' && u.scope.kind === 'commune' && u.scope.id === code),
  importPopulation: (u: User) => can.editCommunes(u),
  manageUsers: (u: User) => u.role === 'admin',
  readAudit: (u: User) => u.role === 'admin' || u.role === 'auditor',
};

/** Audit actions written so far; later modules add theirs. */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập thất bại',
  'auth.logout': 'Đăng xuất',
  'auth.password_change': 'Đổi mật khẩu',
  'user.create': 'Tạo người dùng',
  'user.update': 'Sửa người dùng',
  'commune.update': 'Cập nhật xã, phường',
  'commune.population_import': 'Nhập dân số từ CSV',
  'agency.create': 'Thêm cơ quan, đơn vị',
  'plan.create': 'Lưu kế hoạch',
  'plan.update': 'Sửa kế hoạch',
  'task.update': 'Sửa nhiệm vụ',
  'report.submit': 'Gửi báo cáo nhiệm vụ',
  'report.review': 'Duyệt, trả lại báo cáo',
  'plan.export': 'Xuất báo cáo tổng hợp',
  'plan.settings_update': 'Cài đặt nhắc hạn',
  'demo.seed': 'Tạo dữ liệu mẫu',
};

export const OBJECT_TYPE_LABELS: Record<string, string> = {
  user: 'Người dùng',
  commune: 'Xã, phường',
  province: 'Tỉnh',
  agency: 'Cơ quan, đơn vị',
  plan: 'Kế hoạch',
  task: 'Nhiệm vụ',
  report: 'Báo cáo',
  report_instance: 'Kỳ báo cáo',
};

const numberFormat = new Intl.NumberFormat('vi-VN');
// Vietnam time (UTC+7) whatever the browser's zone: legal dates are Vietnamese dates.
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
  timeZone: 'Asia/Ho_Chi_Minh',
});

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}
