// The header row of a table the user is about to upload, read in the browser so that the column
// mapping can offer the file's own headings: the first record of a CSV, or the first row of the
// first sheet of an XLSX workbook (a zip of XML parts, inflated with DecompressionStream).
import { fileToBase64 } from '../../api/plans';

/** The first record of CSV text (RFC 4180 quoting), BOM removed. */
export function csvHeader(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') break;
    else cell += ch;
  }
  cells.push(cell.trim());
  return cells.filter(Boolean);
}

interface ZipEntry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad zip directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function zipText(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): Promise<string | null> {
  const entry = entries.get(name);
  if (!entry) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.slice(start, start + entry.compressedSize);
  if (entry.method === 0) return new TextDecoder().decode(data);
  if (entry.method !== 8) throw new Error('unsupported compression');
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

function xml(text: string): Document {
  return new DOMParser().parseFromString(text, 'application/xml');
}

/** The path of the workbook's first sheet, from workbook.xml and its relationships. */
async function firstSheetPath(bytes: Uint8Array, entries: Map<string, ZipEntry>): Promise<string> {
  const workbook = await zipText(bytes, entries, 'xl/workbook.xml');
  const rels = await zipText(bytes, entries, 'xl/_rels/workbook.xml.rels');
  const sheet = workbook ? xml(workbook).getElementsByTagName('sheet')[0] : undefined;
  const rid = sheet?.getAttribute('r:id') ?? sheet?.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
  if (rels && rid) {
    for (const rel of Array.from(xml(rels).getElementsByTagName('Relationship'))) {
      if (rel.getAttribute('Id') !== rid) continue;
      const target = rel.getAttribute('Target') ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

/** The cells of the first row of the first sheet of an XLSX workbook. */
export async function xlsxHeader(buffer: ArrayBuffer): Promise<string[]> {
  const bytes = new Uint8Array(buffer);
  const entries = zipEntries(bytes);
  const sheetText = await zipText(bytes, entries, await firstSheetPath(bytes, entries));
  if (!sheetText) throw new Error('no sheet');
  const sharedText = await zipText(bytes, entries, 'xl/sharedStrings.xml');
  const shared = sharedText
    ? Array.from(xml(sharedText).getElementsByTagName('si'), (si) =>
        Array.from(si.getElementsByTagName('t'), (t) => t.textContent ?? '').join(''),
      )
    : [];
  const row = xml(sheetText).getElementsByTagName('row')[0];
  if (!row) return [];
  return Array.from(row.getElementsByTagName('c'), (c) => {
    const type = c.getAttribute('t');
    if (type === 'inlineStr') return Array.from(c.getElementsByTagName('t'), (t) => t.textContent ?? '').join('');
    const value = c.getElementsByTagName('v')[0]?.textContent ?? '';
    return type === 's' ? (shared[Number(value)] ?? '') : value;
  })
    .map((h) => h.trim())
    .filter(Boolean);
}

/** A chosen file as the API takes it: CSV text, or XLSX bytes in base64; with its header row. */
export async function readTable(file: File): Promise<{ format: 'csv' | 'xlsx'; content?: string; content_base64?: string; headers: string[] }> {
  if (/\.xlsx$/i.test(file.name)) {
    const buffer = await file.arrayBuffer();
    let headers: string[];
    try {
      headers = await xlsxHeader(buffer);
    } catch {
      headers = []; // the server reads the file and says what is wrong with it
    }
    return { format: 'xlsx', content_base64: await fileToBase64(file), headers };
  }
  const content = await file.text();
  return { format: 'csv', content, headers: csvHeader(content) };
}
