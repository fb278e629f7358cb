// Office files in tests: what the server produces (XLSX, DOCX) read back — a byte download, the zip
// entries, the text of an XML part — and documents built in a test to upload (zip, docx, xlsx).
import assert from 'node:assert/strict';
import http from 'node:http';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ApiClient } from './client.ts';

/** A GET whose body stays bytes (the shared client decodes text). */
export function download(c: ApiClient, p: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const headers: Record<string, string> = {};
  if (c.cookies.size > 0) headers.Cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return new Promise((resolve, reject) => {
    http.get(new URL(p, c.baseUrl), { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** The entries of a zip archive: central directory, then each local entry, stored or deflated. */
export function unzip(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'bad central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** The text of an XML part: tags dropped, entities decoded, one line per paragraph / row / string. */
export function xmlText(xml: Buffer | undefined): string {
  assert.ok(xml, 'missing XML part');
  return xml.toString('utf8')
    .replace(/<\/(w:p|si|row)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * A zip archive of deflated entries, as Word and Excel write them. `declaredSize` puts a size in
 * the headers other than the true one, as a hostile archive may.
 */
export function zip(entries: [string, Buffer | string][], declaredSize?: number): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const size = declaredSize ?? data.length;
    // The fields a local header and its central directory entry share, from "version needed" on.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0);
    common.writeUInt16LE(8, 4);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(size, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    const local = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), common]);
    const tail = Buffer.alloc(14); // comment, disk, attributes, then the local header's offset
    tail.writeUInt32LE(offset, 10);
    const dir = Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02, 20, 0]), common, tail]);
    locals.push(local, nameBytes, packed);
    central.push(dir, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

/** A .docx whose body is `bodyXml` (w:p / w:tbl elements). */
export function docx(bodyXml: string | Buffer, declaredSize?: number): Buffer {
  const open = '<?xml version="1.0" encoding="UTF-8"?><w:document ' +
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
  const document = Buffer.concat([Buffer.from(open), Buffer.from(bodyXml), Buffer.from('</w:body></w:document>')]);
  return zip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', document]], declaredSize);
}

/** An .xlsx of one sheet whose cells are shared strings, given as the XML of each <si> element. */
export function xlsx(rows: number[][], sharedStrings: string[]): Buffer {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const sheet = `<worksheet ${ns}><sheetData>` + rows.map((row, r) => `<row r="${r + 1}">` +
    row.map((s, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="s"><v>${s}</v></c>`).join('') + '</row>').join('') +
    '</sheetData></worksheet>';
  return zip([
    ['[Content_Types].xml', '<Types/>'],
    ['xl/workbook.xml', `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'],
    ['xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'],
    ['xl/worksheets/sheet1.xml', sheet],
    ['xl/sharedStrings.xml', `<sst ${ns}>${sharedStrings.join('')}</sst>`],
  ]);
}
