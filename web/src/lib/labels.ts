import type { CommuneKind, Role, Scope } from '../api/types';

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

/** Every audit action the server writes (src/app/**: event_by, audit_read); unknown ones show their code. */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập thất bại',
  'auth.logout': 'Đăng xuất',
  'auth.password_change': 'Đổi mật khẩu',
  'auth.password_change_failed': 'Đổi mật khẩu thất bại',
  'user.create': 'Tạo người dùng',
  'user.update': 'Sửa người dùng',
  'commune.update': 'Cập nhật xã, phường',
  'commune.population_import': 'Nhập dân số từ tệp',
  'agency.create': 'Thêm cơ quan, đơn vị',
  'plan.create': 'Lưu kế hoạch',
  'plan.update': 'Sửa kế hoạch',
  'task.update': 'Sửa nhiệm vụ',
  'task.create': 'Thêm nhiệm vụ',
  'task.delete': 'Xóa nhiệm vụ',
  'report.submit': 'Gửi báo cáo nhiệm vụ',
  'report.review': 'Duyệt, trả lại báo cáo',
  'plan.export': 'Xuất báo cáo tổng hợp',
  'plan.settings_update': 'Cài đặt nhắc hạn',
  'demo.seed': 'Tạo dữ liệu mẫu',
  'person.create': 'Đăng ký đối tượng',
  'person.update': 'Sửa hồ sơ đối tượng',
  'person.read': 'Xem hồ sơ đối tượng',
  'person.merge': 'Gộp hồ sơ trùng',
  'person.event': 'Ghi nhận diễn biến của đối tượng',
  'person.event_withdraw': 'Rút lại diễn biến đã ghi',
  'people.search': 'Tra cứu đối tượng',
  'people.duplicate_check': 'Kiểm tra trùng hồ sơ',
  'people.id_registered': 'Số định danh đã có hồ sơ (khi đăng ký, sửa, nhập danh sách)',
  'people.worklist': 'Xem việc cần làm',
  'people.import': 'Nhập danh sách đối tượng',
  'people.export': 'Xuất danh sách, thống kê đối tượng',
  'people.residence_linkage': 'Đối chiếu dữ liệu cư trú',
  'people.residence_links': 'Xem kết quả đối chiếu cư trú',
  'facility.create': 'Thêm cơ sở cai nghiện, điều trị',
  'facility.update': 'Sửa cơ sở cai nghiện, điều trị',
  'rules.set_value': 'Sửa giá trị quy định thời hạn',
  'area_point.create': 'Thêm điểm, tụ điểm',
  'area_point.update': 'Sửa điểm, tụ điểm',
  'area_point.delete': 'Xóa điểm, tụ điểm',
  'area_point.status': 'Chuyển trạng thái điểm, tụ điểm',
  'area_case.create': 'Thêm vụ án ma túy',
  'area_case.update': 'Sửa vụ án ma túy',
  'area_case.delete': 'Xóa vụ án ma túy',
  'area_offender.create': 'Thêm đối tượng bị bắt giữ',
  'area_offender.update': 'Sửa đối tượng bị bắt giữ',
  'area_offender.delete': 'Xóa đối tượng bị bắt giữ',
  'area_wanted.create': 'Thêm đối tượng truy nã',
  'area_wanted.update': 'Sửa đối tượng truy nã',
  'area_wanted.delete': 'Xóa đối tượng truy nã',
  'area_plant_find.create': 'Thêm phát hiện cây có chứa chất ma túy',
  'area_plant_find.update': 'Sửa phát hiện cây có chứa chất ma túy',
  'area_plant_find.delete': 'Xóa phát hiện cây có chứa chất ma túy',
  'area_route.create': 'Thêm tuyến trọng điểm',
  'area_route.update': 'Sửa tuyến trọng điểm',
  'area_route.delete': 'Xóa tuyến trọng điểm',
  'area_drug_free.proposed': 'Đề nghị công nhận xã không ma túy',
  'area_drug_free.reviewed': 'Thẩm định đề nghị không ma túy',
  'area_drug_free.approved': 'Công nhận xã không ma túy',
  'area_drug_free.rejected': 'Không công nhận xã không ma túy',
  'area_drug_free.freeze': 'Chốt danh sách xã không ma túy',
  'area_drug_free.export': 'Xuất danh sách xã không ma túy',
  'area_roadmap.set': 'Đặt chỉ tiêu lộ trình không ma túy',
  'area_indicator_target.set': 'Đặt chỉ tiêu địa bàn',
  'area_indicators.export': 'Xuất bảng chỉ tiêu địa bàn',
  'area_commune.position': 'Đặt vị trí xã trên bản đồ',
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
  person: 'Đối tượng',
  people: 'Danh sách đối tượng',
  statistics: 'Thống kê đối tượng',
  facility: 'Cơ sở cai nghiện, điều trị',
  rule_pack: 'Bộ quy định',
  area_point: 'Điểm, tụ điểm',
  area_case: 'Vụ án ma túy',
  area_offender: 'Đối tượng bị bắt giữ',
  area_wanted: 'Đối tượng truy nã',
  area_plant_find: 'Phát hiện cây có chứa chất ma túy',
  area_route: 'Tuyến trọng điểm',
  area_drug_free: 'Hồ sơ xã không ma túy',
};

/** The word for `code`, or the code itself when it has none. */
export function label<K extends string>(labels: Record<K, string>, code: string | null | undefined): string {
  if (!code) return '';
  return (labels as Record<string, string>)[code] ?? code;
}
