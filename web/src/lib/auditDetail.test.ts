import { describe, expect, it } from 'vitest';
import { auditDetailLines } from './auditDetail';

describe('auditDetailLines', () => {
  it('reads a detail in Vietnamese, with the names the server gave for its codes', () => {
    expect(auditDetailLines({ role: 'leader', scope: 'province:40' }, { 'province:40': 'Nghệ An' })).toEqual([
      { label: 'Vai trò', value: 'Lãnh đạo' },
      { label: 'Phạm vi', value: 'Tỉnh Nghệ An' },
    ]);
    expect(auditDetailLines({ reason: 'invalid_credentials', account: 'unknown' })).toEqual([
      { label: 'Lý do', value: 'Sai tên đăng nhập hoặc mật khẩu' },
      { label: 'Tài khoản', value: 'Không tồn tại' },
    ]);
    expect(auditDetailLines({ commune_code: '16681', decision_date: '2025-12-01', rows: 1200, disabled: true },
      { '16681': 'Phường Thành Vinh' })).toEqual([
      { label: 'Xã, phường', value: 'Phường Thành Vinh' },
      { label: 'Ngày ký quyết định', value: '01/12/2025' },
      { label: 'Số dòng', value: '1.200' },
      { label: 'Khóa tài khoản', value: 'Có' },
    ]);
  });

  it('shows nothing for an empty detail and never JSON', () => {
    expect(auditDetailLines({})).toEqual([]);
    expect(auditDetailLines(null)).toEqual([]);
    expect(auditDetailLines({ changed: { name: 'A' } })).toEqual([{ label: 'Thay đổi', value: 'Tên: A' }]);
  });
});
