import { describe, expect, it } from 'vitest';
import type { Instance } from '../../api/plans';
import { dueSummary, instanceState, instanceTone } from './labels';

describe('dueSummary', () => {
  it('reads a deadline in one line', () => {
    expect(dueSummary({ kind: 'date', date: '2025-06-30' })).toBe('Hạn cụ thể · 30/06/2025');
    expect(dueSummary({ kind: 'relative', days: 15 })).toMatch(/ · 15 ngày$/);
    expect(dueSummary({ kind: 'recurring', every: 'year', day: 15, month: 12 })).toMatch(/ · trước ngày 15\/12$/);
    expect(dueSummary({ kind: 'recurring', day: 20 })).toBe('Định kỳ theo chu kỳ báo cáo · trước ngày 20 của kỳ');
  });
});

describe('instance state', () => {
  const base = { status: 'pending', overdue: false, on_time: null } as Instance;
  it('says what a report instance means now and colours it', () => {
    expect(instanceState(base)).toBe('Chưa gửi');
    expect(instanceState({ ...base, overdue: true })).toBe('Quá hạn, chưa gửi');
    expect(instanceState({ ...base, status: 'returned' })).toBe('Bị trả lại, cần gửi lại');
    expect(instanceTone({ ...base, overdue: true })).toBe('off');
    expect(instanceTone({ ...base, status: 'accepted', on_time: true })).toBe('on');
    expect(instanceTone({ ...base, status: 'accepted', on_time: false })).toBe('off');
    expect(instanceTone(base)).toBe('wait');
  });
});
