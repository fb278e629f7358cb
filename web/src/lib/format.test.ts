import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  dateProblem,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatShareBp,
  parseDate,
  scalarText,
  todayInVietnam,
} from './format';

afterEach(() => {
  vi.useRealTimers();
});

describe('dates', () => {
  it('writes a date as dd/mm/yyyy, and leaves what it cannot read', () => {
    expect(formatDate('2025-06-03')).toBe('03/06/2025');
    expect(formatDate('2025-06-30T10:00:00Z')).toBe('30/06/2025');
    expect(formatDate('30/6/2025')).toBe('30/6/2025');
    expect(formatDate(null)).toBe('');
  });

  it('reads a typed date day first, and only dates of the calendar', () => {
    expect(parseDate('08/12/2026')).toBe('2026-12-08');
    expect(parseDate(' 8/12/2026 ')).toBe('2026-12-08');
    expect(parseDate('8-12-2026')).toBe('2026-12-08');
    expect(parseDate('8.12.2026')).toBe('2026-12-08');
    expect(parseDate('2026-12-08')).toBe('2026-12-08');
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('29/02/2026')).toBeNull();
    expect(parseDate('12/31/2026')).toBeNull();
    expect(parseDate('8/12/26')).toBeNull();
    expect(parseDate('ngày mai')).toBeNull();
  });

  it('says in Vietnamese why a typed date is refused', () => {
    expect(dateProblem('')).toBe('');
    expect(dateProblem('08/12/2026')).toBe('');
    expect(dateProblem('31/02/2026')).toContain('không phải là ngày hợp lệ');
    expect(dateProblem('09/12/2026', undefined, '2026-12-08')).toBe('Ngày không được sau 08/12/2026.');
    expect(dateProblem('07/12/2026', '2026-12-08')).toBe('Ngày không được trước 08/12/2026.');
  });

  it('shows a moment in Vietnam time whatever the zone it was sent in', () => {
    expect(formatDateTime('2025-06-30T17:05:09Z')).toBe('00:05:09 01/07/2025');
    expect(formatDateTime('không phải ngày')).toBe('không phải ngày');
  });

  it('starts the Vietnamese day at 17:00 UTC', () => {
    vi.useFakeTimers({ now: new Date('2025-06-30T16:59:59Z') });
    expect(todayInVietnam()).toBe('2025-06-30');
    vi.setSystemTime(new Date('2025-06-30T17:00:00Z'));
    expect(todayInVietnam()).toBe('2025-07-01');
  });
});

describe('numbers', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatPercent(0.12345)).toBe('12,35%');
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(2 / 3)).toBe('66,67%');
    expect(formatShareBp(6667)).toBe('66,67%');
  });
});

describe('scalarText', () => {
  it('shows scalars as they are and never "[object Object]"', () => {
    expect(scalarText(undefined)).toBe('');
    expect(scalarText(null)).toBe('');
    expect(scalarText('Vụ 12')).toBe('Vụ 12');
    expect(scalarText(12)).toBe('12');
    expect(scalarText(false)).toBe('false');
    expect(scalarText({ a: 1 })).toBe('{"a":1}');
  });
});
