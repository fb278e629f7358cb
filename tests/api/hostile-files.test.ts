// Hostile uploads: each file below once killed or stalled the server. Every one is built here (no
// bomb is committed), answers a 4xx with a stable code, and the server still answers /healthz and
// a normal upload afterwards.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { assertError, useFixture } from '../lib/fixtures.ts';
import { docx, xlsx } from '../lib/office_files.ts';
import { deflateSync } from 'node:zlib';
import { engineFromEnv, repoRoot } from '../lib/server.ts';

const PLAN = 'nghe-an-594-kh-ubnd-2025.txt';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const nested = (open: string, close: string, depth: number) => open.repeat(depth) + close.repeat(depth);

/** A PDF of `pages` pages that all draw one compressed stream of 100,000 glyphs: ~30 KB, minutes of poppler. */
function slowPdf(pages: number): Buffer {
  let content = 'BT /F1 4 Tf\n';
  for (let i = 0; i < 100_000; i++) content += `1 0 0 1 ${20 + (i * 7) % 560} ${20 + (i * 13) % 800} Tm (A) Tj\n`;
  const stream = deflateSync(Buffer.from(content + 'ET\n'));
  const kids = Array.from({ length: pages }, (_, i) => `${6 + i} 0 R`).join(' ');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`),
    Buffer.from('<< >>'),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
    ...Array.from({ length: pages }, () => Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
      '/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>')),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0].length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    at += obj.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

describe(`hostile files [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  let office: ApiClient;

  before(async () => {
    office = await fx.as('standing_office');
  });

  const parse = (bytes: Buffer, name = 'ke-hoach.docx') =>
    office.post(`/api/v1/plans/parse?filename=${name}`, undefined, { raw: bytes, contentType: DOCX_TYPE });

  async function stillServing() {
    assert.equal((await new ApiClient(fx.srv.baseUrl).get('/healthz')).status, 200);
    const plan = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', PLAN));
    const r = await office.post(`/api/v1/plans/parse?filename=${PLAN}`, undefined, { raw: plan, contentType: 'text/plain' });
    assert.equal(r.status, 200, r.text.slice(0, 300));
    assert.equal(r.json.plan.document.number, '594/KH-UBND');
  }

  test('a .docx nested 60,000 levels deep (1.2 KB) is refused', async () => {
    const bytes = docx(`<w:p>${nested('<w:r>', '</w:r>', 60_000)}</w:p>`);
    assert.ok(bytes.length < 2048, `${bytes.length} bytes`);
    assertError(await parse(bytes), 422, 'file.too_complex', 'file');
    const tables = docx(nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', 20_000));
    assertError(await parse(tables), 422, 'file.too_complex', 'file');
    await stillServing();
  });

  test('a .docx zip bomb is refused, whatever size its headers declare', async () => {
    const bomb = `<w:p><w:r><w:t>${'A'.repeat(48 << 20)}</w:t></w:r></w:p>`;
    const honest = docx(bomb);
    assert.ok(honest.length < 100_000, `${honest.length} bytes`);
    assertError(await parse(honest), 413, 'file.too_large', 'file');
    // Headers that declare 1,000 bytes: the bytes are counted as they are decompressed.
    assertError(await parse(docx(bomb, 1000)), 413, 'file.too_large', 'file');
    await stillServing();
  });

  test('a .docx that needs more memory than its reader may take is refused', async () => {
    // 5 million empty paragraphs: 30 MB of XML, 44 KB zipped, ~650 MB once read.
    assertError(await parse(docx('<w:p/>'.repeat(5_000_000))), 422, 'file.too_complex', 'file');
    await stillServing();
  });

  test('a PDF that would hold a thread for minutes is stopped at its time bound', async () => {
    const pdf = slowPdf(200);
    assert.ok(pdf.length < 100_000, `${pdf.length} bytes`);
    const r = await office.post('/api/v1/plans/parse?filename=slow.pdf', undefined, { raw: pdf, contentType: 'application/pdf' });
    assertError(r, 422, 'file.too_complex', 'file');
    await stillServing();
  });

  test('a text plan of 250,000 numbered lines (the parser\'s work grows with their square) is stopped at its bound', async () => {
    let text = 'KẾ HOẠCH\nII. NHIỆM VỤ\n';
    for (let i = 1; i <= 250_000; i++) text += `${i}. Công an tỉnh chủ trì, hoàn thành trước ngày 15/12/2025\n`;
    const r = await office.post('/api/v1/plans/parse?filename=dai.txt', undefined, { raw: text, contentType: 'text/plain' });
    assertError(r, 422, 'file.too_complex', 'file');
    await stillServing();
  });

  test('an .xlsx whose shared string nests 60,000 levels deep is refused by the people import', async () => {
    const book = xlsx([[0, 1], [2, 3]], ['<si><t>CCCD</t></si>', '<si><t>Họ tên</t></si>',
      `<si>${nested('<r>', '</r>', 60_000)}</si>`, '<si><t>Nguyễn Văn An</t></si>']);
    const r = await office.post('/api/v1/people/import', { format: 'xlsx', content_base64: book.toString('base64') });
    assertError(r, 422, 'file.too_complex', 'content');
    await stillServing();
  });

  test('an .xlsx whose cells repeat one large shared string is refused', async () => {
    const cells = Array.from({ length: 400 }, () => Array(10).fill(1));
    const book = xlsx([[0, 0], ...cells], ['<si><t>CCCD</t></si>', `<si><t>${'x'.repeat(1 << 20)}</t></si>`]);
    const r = await office.post('/api/v1/people/import', { format: 'xlsx', content_base64: book.toString('base64') });
    assertError(r, 413, 'file.too_large', 'content');
    await stillServing();
  });

  test('a CSV of commas (32 bytes of memory per byte) is refused', async () => {
    const r = await office.post('/api/v1/people/import', { format: 'csv', content: ','.repeat(4_100_000) });
    assertError(r, 413, 'file.too_large', 'content');
    await stillServing();
  });

  test('JSON nested 100,000 levels deep is refused', async () => {
    const r = await office.post('/api/v1/people/import', undefined, { raw: '['.repeat(100_000) + ']'.repeat(100_000) });
    assertError(r, 400, 'request.bad_json');
    await stillServing();
  });
});
