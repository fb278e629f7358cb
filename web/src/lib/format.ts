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

/** "2025-06-30" → "30/6/2025", the way Vietnamese documents write dates. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
}

/** Today in Vietnam (UTC+7) as YYYY-MM-DD, whatever the browser's zone. */
export function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '–';
  return `${(rate * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;
}

/** A JSON scalar as text ('' when missing), so that a record's field never shows as "[object Object]". */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
