// The cells of a workbook pcmt wrote, read back with their types: the first sheet's rows as text,
// numbers and dates, the way a spreadsheet sees them (a number styled with a date format is a date).
// Read from the parts themselves (zip + sheet XML), so the check depends on no spreadsheet library.
import assert from 'node:assert/strict';
import { unzip } from './office_files.ts';

export type XlsxCell =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: string; format: string }; // value dd/mm/yyyy (hh:mm), as shown

export interface XlsxSheet {
  /** Rows by their 1-based number; each row's cells by column letter. */
  rows: Map<number, Map<string, XlsxCell>>;
  /** The header row as texts, in column order. */
  header: string[];
  /** Column width (characters) by letter, where set. */
  widths: Map<string, number>;
  /** Row height (points) by row number, where set. */
  heights: Map<number, number>;
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    decode([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
}

/** The number format code of each cell style (the index a cell's s="" names). */
function styleFormats(xml: string): string[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)) custom.set(Number(m[1]), decode(m[2]));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf ([^>]*?)\/?>/g)].map((m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1])?.[1] ?? 0);
    if (id >= 14 && id <= 22) return 'd/m/yyyy'; // Excel's built-in date formats
    return custom.get(id) ?? 'General';
  });
}

const isDateFormat = (f: string) => /[dy]/i.test(f.replace(/"[^"]*"/g, ''));

/** dd/mm/yyyy (and hh:mm when the format shows a time) of an Excel serial day. */
function showDate(serial: number, format: string): string {
  const ms = Math.round((serial - 25569) * 86400) * 1000;
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return /h/.test(format) ? `${day} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}` : day;
}

export function readXlsx(workbook: Buffer): XlsxSheet {
  const parts = unzip(workbook);
  const sheet = parts.get('xl/worksheets/sheet1.xml')?.toString('utf8');
  assert.ok(sheet, 'the workbook has no first sheet');
  const strings = sharedStrings(parts.get('xl/sharedStrings.xml')?.toString('utf8'));
  const formats = styleFormats(parts.get('xl/styles.xml')?.toString('utf8') ?? '');
  const rows = new Map<number, Map<string, XlsxCell>>();
  const heights = new Map<number, number>();
  for (const row of sheet.matchAll(/<row ([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const n = Number(/r="(\d+)"/.exec(row[1])?.[1]);
    const ht = /ht="([\d.]+)"/.exec(row[1]);
    if (ht && /customHeight="1"/.test(row[1])) heights.set(n, Number(ht[1]));
    const cells = new Map<string, XlsxCell>();
    for (const c of (row[2] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /r="([A-Z]+)\d+"/.exec(c[1])?.[1] ?? '';
      const type = /t="(\w+)"/.exec(c[1])?.[1];
      const style = Number(/s="(\d+)"/.exec(c[1])?.[1] ?? 0);
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[2] ?? '')?.[1];
      if (type === 's') cells.set(ref, { kind: 'text', value: strings[Number(v)] });
      else if (type === 'inlineStr') cells.set(ref, { kind: 'text', value: decode(/<t[^>]*>([\s\S]*?)<\/t>/.exec(c[2] ?? '')?.[1] ?? '') });
      else if (type === 'str') cells.set(ref, { kind: 'text', value: decode(v ?? '') });
      else if (v !== undefined) {
        const format = formats[style] ?? 'General';
        cells.set(ref, isDateFormat(format)
          ? { kind: 'date', value: showDate(Number(v), format), format }
          : { kind: 'number', value: Number(v) });
      }
    }
    rows.set(n, cells);
  }
  const widths = new Map<string, number>();
  for (const col of sheet.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g))
    for (let i = Number(col[1]); i <= Number(col[2]); i++) widths.set(columnLetter(i), Number(col[3]));
  const first = rows.get(1) ?? new Map();
  const header = [...first.entries()].sort(([a], [b]) => columnIndex(a) - columnIndex(b)).map(([, c]) => String(c.value));
  return { rows, header, widths, heights };
}

function columnLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The data rows (after the header) as objects keyed by header text. */
export function records(sheet: XlsxSheet): Map<string, XlsxCell>[] {
  const out: Map<string, XlsxCell>[] = [];
  for (const [n, cells] of [...sheet.rows.entries()].sort(([a], [b]) => a - b)) {
    if (n === 1) continue;
    const record = new Map<string, XlsxCell>();
    sheet.header.forEach((h, i) => {
      const cell = cells.get(columnLetter(i + 1));
      if (cell) record.set(h, cell);
    });
    out.push(record);
  }
  return out;
}
