// How dates, times and numbers read in Vietnamese, in Vietnam's time zone whatever the browser's.

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

/** "2025-06-03" → "03/06/2025": the one way dates are shown and typed here, whatever the browser's language. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * A typed date, day first ("8/12/2026", "08-12-2026", "08.12.2026"; an ISO date is taken as it is), as
 * YYYY-MM-DD; null when it is not a date of the calendar (31/02/2026) or not written that way.
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]].map(Number) : ymd ? [ymd[1], ymd[2], ymd[3]].map(Number) : [];
  if (y === undefined || m === undefined || d === undefined || y < 1000) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Why the typed text is not an allowed date, in words; '' when it is one (or nothing is typed). */
export function dateProblem(text: string, min?: string, max?: string): string {
  if (!text.trim()) return '';
  const iso = parseDate(text);
  if (!iso) return `“${text.trim()}” không phải là ngày hợp lệ: hãy nhập ngày/tháng/năm, ví dụ 08/12/2026.`;
  if (max && iso > max) return `Ngày không được sau ${formatDate(max)}.`;
  if (min && iso < min) return `Ngày không được trước ${formatDate(min)}.`;
  return '';
}

/** Today in Vietnam (UTC+7) as YYYY-MM-DD, whatever the browser's zone. */
export function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A share (0.12345) as a rounded percentage ("12,35%"). */
export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '–';
  return `${percentFormat.format(rate * 100)}%`;
}

/** A share in basis points (3333) as a percentage ("33,33%"). */
export function formatShareBp(bp: number): string {
  return `${percentFormat.format(bp / 100)}%`;
}

/** A JSON scalar as text ('' when missing), so that a record's field never shows as "[object Object]". */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
