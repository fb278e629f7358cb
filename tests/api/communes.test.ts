// Communes: list, paginate, search, edit, CSV import of populations.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  assertError, COMMUNE, FOREIGN_COMMUNE, OTHER_COMMUNE, PROVINCE, referenceCommunes, searchKey, useFixture,
  VIETNAMESE_LETTER,
} from '../lib/fixtures.ts';
import { download, xlsx } from '../lib/office_files.ts';
import { engineFromEnv } from '../lib/server.ts';
import { readXlsx, records } from '../lib/xlsx_cells.ts';

const CSV = 'text/csv';

describe(`communes [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  const reference = referenceCommunes(PROVINCE);

  const getCommune = async (code: string) => {
    const r = await fx.admin.get(`/api/v1/communes/${code}`);
    assert.equal(r.status, 200, r.text);
    return r.json;
  };

  test('the list pages through all 130 communes of Nghệ An, ordered by name', async () => {
    assert.equal(reference.length, 130);
    const seen: any[] = [];
    for (let page = 1; page <= 3; page++) {
      const r = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&page=${page}&page_size=50`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.total, 130);
      assert.equal(r.json.page, page);
      assert.equal(r.json.page_size, 50);
      assert.equal(r.json.items.length, page < 3 ? 50 : 30);
      seen.push(...r.json.items);
    }
    assert.deepEqual(seen.map((c) => c.code).sort(), reference.map((c) => c.code).sort());
    for (let i = 1; i < seen.length; i++) {
      assert.ok(searchKey(seen[i - 1].name) <= searchKey(seen[i].name),
        `not ordered by name: "${seen[i - 1].name}" before "${seen[i].name}"`);
    }
    const past = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&page=4&page_size=50`);
    assert.equal(past.status, 200);
    assert.deepEqual(past.json.items, []);
  });

  test('default paging is page 1 of 50; page_size up to 200', async () => {
    const r = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}`);
    assert.equal(r.json.page, 1);
    assert.equal(r.json.page_size, 50);
    assert.equal(r.json.items.length, 50);
    const big = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&page_size=200`);
    assert.equal(big.status, 200);
    assert.equal(big.json.items.length, 130);
  });

  test('bad paging parameters are 400, not 500', async () => {
    for (const q of ['page=0', 'page=-1', 'page=abc', 'page_size=0', 'page_size=x']) {
      const r = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&${q}`);
      assert.equal(r.status, 400, `${q} → ${r.status} ${r.text}`);
      assert.equal(typeof r.json?.code, 'string');
    }
    // Over the maximum: refused, or served at most 200.
    const over = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&page_size=201`);
    assert.ok(over.status === 400 || (over.status === 200 && over.json.page_size <= 200), over.text.slice(0, 200));
  });

  test('a commune has the documented shape', async () => {
    assert.deepEqual(await getCommune(COMMUNE), {
      code: '16681', name: 'Phường Thành Vinh', kind: 'phuong', province_code: '40', province_name: 'Nghệ An',
      population: null, is_border: false, is_remote: false, updated_at: null,
    });
  });

  test('search without diacritics: "thanh vinh" finds Phường Thành Vinh in province 40', async () => {
    for (const q of ['thanh vinh', 'THANH VINH', 'Thành Vinh', '  thanh   vinh ', 'phuong thanh vinh']) {
      const r = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, r.text);
      const hit = r.json.items.find((c: any) => c.code === COMMUNE);
      assert.ok(hit, `"${q}" did not find 16681: ${r.text}`);
      assert.equal(hit.name, 'Phường Thành Vinh');
      assert.equal(hit.province_code, '40');
      for (const c of r.json.items) assert.equal(c.province_code, '40', `province filter leaked ${c.code}`);
    }
  });

  test('search narrows: every hit matches, and a nonsense query finds nothing', async () => {
    const r = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&q=vinh`);
    const expected = reference.filter((c) => searchKey(c.name).includes('vinh')).map((c) => c.code).sort();
    assert.ok(expected.length > 1);
    assert.deepEqual(r.json.items.map((c: any) => c.code).sort(), expected);
    assert.equal(r.json.total, expected.length);
    const none = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&q=khong-co-xa-nao-nhu-the`);
    assert.equal(none.json.total, 0);
    assert.deepEqual(none.json.items, []);
  });

  test('search by code, and đ is searched as d', async () => {
    const byCode = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&q=${COMMUNE}`);
    assert.deepEqual(byCode.json.items.map((c: any) => c.code), [COMMUNE]);
    const withD = reference.find((c) => /đ/i.test(c.name));
    assert.ok(withD, 'the reference data of province 40 has a name with đ');
    const r = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&q=${encodeURIComponent(searchKey(withD.name))}`);
    assert.ok(r.json.items.some((c: any) => c.code === withD.code), `${searchKey(withD.name)} did not find ${withD.name}`);
  });

  test('filter by kind', async () => {
    const r = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&kind=phuong&page_size=200`);
    const expected = reference.filter((c) => c.kind === 'phuong').map((c) => c.code).sort();
    assert.deepEqual(r.json.items.map((c: any) => c.code).sort(), expected);
  });

  test('an unknown commune is 404 not_found', async () => {
    assertError(await fx.admin.get('/api/v1/communes/99999'), 404, 'not_found');
    assertError(await fx.admin.patch('/api/v1/communes/99999', { population: 1 }), 404, 'not_found');
  });

  test('edit population, border and remote flags', async () => {
    const r = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: 25000 });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.population, 25000);
    assert.equal(r.json.is_border, false);
    assert.match(r.json.updated_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const flags = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { is_border: true, is_remote: true });
    assert.equal(flags.status, 200, flags.text);
    assert.equal(flags.json.population, 25000, 'a partial update keeps the other fields');
    const now = await getCommune(COMMUNE);
    assert.equal(now.population, 25000);
    assert.equal(now.is_border, true);
    assert.equal(now.is_remote, true);
    const cleared = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: null, is_border: false, is_remote: false });
    assert.equal(cleared.status, 200, cleared.text);
    assert.equal((await getCommune(COMMUNE)).population, null);
  });

  test('the population bounds: 0 and 10,000,000 are valid', async () => {
    for (const population of [0, 10_000_000]) {
      const r = await fx.admin.patch(`/api/v1/communes/${OTHER_COMMUNE}`, { population });
      assert.equal(r.status, 200, r.text);
      assert.equal((await getCommune(OTHER_COMMUNE)).population, population);
    }
  });

  test('an invalid population is 400 commune.population_invalid on field population, and changes nothing', async () => {
    await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: 1234 });
    for (const population of [-1, 10_000_001, 12.5, '25000', true, 1e20]) {
      const r = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population, is_border: true });
      assertError(r, 400, 'commune.population_invalid', 'population');
    }
    const c = await getCommune(COMMUNE);
    assert.equal(c.population, 1234);
    assert.equal(c.is_border, false, 'a rejected request must not apply its other fields');
  });

  test('the XLSX template lists the province\'s communes, and the filled-in workbook imports', async () => {
    const office = await fx.as('standing_office');
    const t = await download(office, '/api/v1/communes/population-import/template.xlsx');
    assert.equal(t.status, 200);
    const sheet = readXlsx(t.body);
    assert.deepEqual(sheet.header, ['Mã xã', 'Tên xã, phường', 'Dân số']);
    assert.equal(records(sheet).length, reference.length);
    assertError(await (await fx.as('commune')).get('/api/v1/communes/population-import/template.xlsx'), 403, 'auth.forbidden');
    // A filled-in workbook (text cells) imports like the CSV.
    const strings = ['Mã xã', 'Dân số', COMMUNE, '27000', OTHER_COMMUNE, '28000'];
    const book = xlsx([[0, 1], [2, 3], [4, 5]], strings.map((s) => `<si><t>${s}</t></si>`));
    const r = await office.post('/api/v1/communes/population-import', undefined,
      { raw: book, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { updated: 2 });
    assert.equal((await getCommune(OTHER_COMMUNE)).population, 28000);
    const again = readXlsx((await download(office, '/api/v1/communes/population-import/template.xlsx')).body);
    const own = records(again).find((row) => row.get('Mã xã')?.value === COMMUNE);
    assert.deepEqual(own?.get('Dân số'), { kind: 'number', value: 27000 });
  });

  test('CSV import updates the listed communes and answers the count', async () => {
    const csv = `commune_code,population\n${COMMUNE},31000\n${OTHER_COMMUNE},42000\n`;
    const r = await fx.admin.post(`/api/v1/communes/population-import?province=${PROVINCE}`, undefined, { raw: csv, contentType: CSV });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { updated: 2 });
    assert.equal((await getCommune(COMMUNE)).population, 31000);
    assert.equal((await getCommune(OTHER_COMMUNE)).population, 42000);
  });

  test('CSV import of the whole province (CRLF, UTF-8 BOM) updates 130 communes', async () => {
    const lines = reference.map((c, i) => `${c.code},${1000 + i}`);
    const csv = `\uFEFFcommune_code,population\r\n${lines.join('\r\n')}\r\n`;
    const r = await fx.admin.post(`/api/v1/communes/population-import?province=${PROVINCE}`, undefined,
      { raw: csv, contentType: 'text/csv; charset=utf-8' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json, { updated: 130 });
    const all = await fx.admin.get(`/api/v1/communes?province=${PROVINCE}&page_size=200`);
    const byCode = new Map(all.json.items.map((c: any) => [c.code, c.population]));
    reference.forEach((c, i) => assert.equal(byCode.get(c.code), 1000 + i, c.code));
  });

  test('one bad row: 422 import.invalid_rows with its line number, and nothing is imported', async () => {
    const before = [(await getCommune(COMMUNE)).population, (await getCommune(OTHER_COMMUNE)).population];
    // Line 1 is the header; line 3 is bad.
    const csv = `commune_code,population\n${COMMUNE},55555\n${OTHER_COMMUNE},-5\n`;
    const r = await fx.admin.post(`/api/v1/communes/population-import?province=${PROVINCE}`, undefined, { raw: csv, contentType: CSV });
    assertError(r, 422, 'import.invalid_rows');
    assert.equal(r.json.errors.length, 1, r.text);
    const [e] = r.json.errors;
    assert.equal(e.line, 3);
    assert.equal(e.field, 'population');
    assert.equal(e.code, 'commune.population_invalid');
    assert.match(e.message, VIETNAMESE_LETTER);
    assert.deepEqual([(await getCommune(COMMUNE)).population, (await getCommune(OTHER_COMMUNE)).population], before);
  });

  test('every bad row is reported with its line: unknown commune, another province, not a number', async () => {
    const before = (await getCommune(COMMUNE)).population;
    const csv = ['commune_code,population', `${COMMUNE},66666`, '99999,10', `${FOREIGN_COMMUNE},10`, `${OTHER_COMMUNE},abc`].join('\n');
    const r = await fx.admin.post(`/api/v1/communes/population-import?province=${PROVINCE}`, undefined, { raw: csv, contentType: CSV });
    assertError(r, 422, 'import.invalid_rows');
    assert.deepEqual(r.json.errors.map((e: any) => e.line), [3, 4, 5], r.text);
    assert.equal(r.json.errors[2].field, 'population');
    assert.equal((await getCommune(COMMUNE)).population, before);
    const foreign = await fx.admin.get(`/api/v1/communes/${FOREIGN_COMMUNE}`);
    if (foreign.status === 200) assert.equal(foreign.json.population, null, 'a commune of another province was imported');
  });

  test('the import needs its header', async () => {
    const r = await fx.admin.post(`/api/v1/communes/population-import?province=${PROVINCE}`, undefined,
      { raw: `${COMMUNE},1\n`, contentType: CSV });
    assert.equal(r.status, 400, r.text);
    assert.match(r.json.message, VIETNAMESE_LETTER);
  });
});
