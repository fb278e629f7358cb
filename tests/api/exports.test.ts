// "Tải Excel" of every table: each list's export is a workbook with Vietnamese headers whose numbers
// are numeric cells and whose dates are date-formatted serials, holding the list as filtered and only
// what the reader may see (a commune user's workbook holds its commune only), with rows tall enough
// for wrapped text. On both engines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { ApiClient } from '../lib/client.ts';
import { auditRows, COMMUNE, OTHER_COMMUNE, PASSWORD, useFixture } from '../lib/fixtures.ts';
import { download } from '../lib/office_files.ts';
import { id1990 } from '../lib/people_lists.ts';
import { engineFromEnv, repoRoot } from '../lib/server.ts';
import { readXlsx, records, type XlsxCell, type XlsxSheet } from '../lib/xlsx_cells.ts';

const A = '/api/v1/areas';
const PLAN_FIXTURE = 'dong-nai-171-kh-ubnd-2025.txt';

/** The first sheet of a successful export, after checking the answer is a workbook. */
async function sheetOf(c: ApiClient, p: string): Promise<XlsxSheet> {
  const r = await download(c, p);
  assert.equal(r.status, 200, `${p}: ${r.body.toString('utf8').slice(0, 300)}`);
  assert.equal(r.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.match(String(r.headers['content-disposition']), /^attachment; filename="[a-z0-9-]+\.xlsx"/);
  return readXlsx(r.body);
}

function cell(row: Map<string, XlsxCell>, header: string): XlsxCell {
  const c = row.get(header);
  assert.ok(c, `no "${header}" in ${JSON.stringify([...row])}`);
  return c;
}
const numberIn = (row: Map<string, XlsxCell>, header: string) => {
  const c = cell(row, header);
  assert.equal(c.kind, 'number', `"${header}" is ${JSON.stringify(c)}`);
  return c.value as number;
};
const dateIn = (row: Map<string, XlsxCell>, header: string) => {
  const c = cell(row, header);
  assert.equal(c.kind, 'date', `"${header}" is ${JSON.stringify(c)}`);
  return c.value as string;
};
const textIn = (row: Map<string, XlsxCell>, header: string) => {
  const c = cell(row, header);
  assert.equal(c.kind, 'text', `"${header}" is ${JSON.stringify(c)}`);
  return c.value as string;
};

describe(`table exports as XLSX [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  let office: ApiClient;
  let commune: ApiClient;
  let filer: ApiClient;
  let planNumber = '';

  before(async () => {
    office = await fx.as('standing_office');
    commune = await fx.as('commune');
    for (const [at, date, charges] of [[COMMUNE, '2025-03-02', 'Tàng trữ trái phép chất ma túy'], [OTHER_COMMUNE, '2025-04-05', 'Mua bán']]) {
      const r = await office.post(`${A}/cases`, { commune_code: at, case_date: date, status: 'investigating', charges });
      assert.equal(r.status, 201, r.text);
    }
    const pf = await office.post(`${A}/plant-finds`, { commune_code: COMMUNE, found_date: '2025-05-01', plants: 12, area_m2: 3.5 });
    assert.equal(pf.status, 201, pf.text);
    assert.equal((await office.patch(`/api/v1/communes/${COMMUNE}`, { population: 25000 })).status, 200);
    // A person detected long ago: residence verification is overdue in the commune's worklist.
    const p = await commune.post('/api/v1/people', { personal_id: id1990(501), full_name: 'Lê Văn Xuất', birth_date: '1990-04-04',
      sex: 'male', commune_code: COMMUNE });
    assert.equal(p.status, 201, p.text);
    assert.equal((await commune.post(`/api/v1/people/${p.json.id}/events`, { type: 'positive_test', date: '2026-06-01' })).status, 201);
    // A plan whose lead agency files one report: the review queue and the agency's tasks have rows.
    const bytes = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', PLAN_FIXTURE));
    const parsed = await office.post(`/api/v1/plans/parse?filename=${PLAN_FIXTURE}`, undefined, { raw: bytes, contentType: 'text/plain' });
    assert.equal(parsed.status, 200, parsed.text.slice(0, 300));
    planNumber = '77/KH-XLSX';
    const plan = await office.post('/api/v1/plans', { ...parsed.json.plan, horizon_year: 2026, confirm_other_province: true,
      document: { ...parsed.json.plan.document, number: planNumber },
      new_agencies: parsed.json.unknown_agencies.map((name: string) => ({ name, kind: 'khac' })) });
    assert.equal(plan.status, 201, plan.text.slice(0, 300));
    const instances = await office.get(`/api/v1/report-instances?plan_id=${plan.json.id}&page_size=1`);
    const instance = instances.json.items[0];
    await fx.srv.addUser({ username: 'x_filer', role: 'agency', scope: `agency:${instance.agency.id}`, password: PASSWORD });
    filer = await fx.login('x_filer');
    const filed = await filer.post(`/api/v1/report-instances/${instance.id}/reports`, { progress: 'in_progress', narrative: 'Xuất Excel', results: [] });
    assert.equal(filed.status, 201, filed.text);
  });

  test('a commune registry: dates are dates, counts and areas numbers, choices in words; a commune user gets its commune only', async () => {
    const all = records(await sheetOf(office, `${A}/cases/export.xlsx`));
    assert.equal(all.length, 2);
    const mine = await sheetOf(commune, `${A}/cases/export.xlsx`);
    assert.deepEqual(mine.header.slice(0, 4), ['Mã xã', 'Ngày phát hiện vụ án', 'Số hiệu vụ án', 'Tội danh']);
    const rows = records(mine);
    assert.equal(rows.length, 1);
    assert.equal(textIn(rows[0], 'Mã xã'), COMMUNE);
    assert.equal(dateIn(rows[0], 'Ngày phát hiện vụ án'), '02/03/2025');
    assert.equal(textIn(rows[0], 'Tình trạng vụ án'), 'Đang điều tra');
    // The office's filter is the list's: ?commune= narrows it the same way.
    const filtered = records(await sheetOf(office, `${A}/cases/export.xlsx?commune=${OTHER_COMMUNE}`));
    assert.deepEqual(filtered.map((r) => textIn(r, 'Mã xã')), [OTHER_COMMUNE]);
    assert.equal(records(await sheetOf(office, `${A}/cases/export.xlsx?year=2025`)).length, 2);
    assert.equal(records(await sheetOf(office, `${A}/cases/export.xlsx?year=2026`)).length, 0);

    const plants = records(await sheetOf(commune, `${A}/plant-finds/export.xlsx`));
    assert.equal(numberIn(plants[0], 'Số cây'), 12);
    assert.equal(numberIn(plants[0], 'Diện tích (m²)'), 3.5);
    assert.equal(dateIn(plants[0], 'Ngày phát hiện'), '01/05/2025');
  });

  test('the classification table: population a number, type in words, ?type= as the page filters; commune scope', async () => {
    const sheet = await sheetOf(office, `${A}/classification/export.xlsx?year=2026`);
    assert.deepEqual(sheet.header.slice(0, 5), ['Mã xã', 'Xã, phường', 'Phân loại', 'Không ma túy', 'Dân số']);
    const rows = records(sheet);
    assert.ok(rows.length > 100, `every commune of the province: ${rows.length}`);
    const own = rows.find((r) => textIn(r, 'Mã xã') === COMMUNE)!;
    assert.equal(numberIn(own, 'Dân số'), 25000);
    assert.equal(numberIn(own, 'Đối tượng bị bắt giữ'), 0);
    assert.ok(['Loại I', 'Loại II', 'Loại III', 'Không trọng điểm', 'Thiếu dữ liệu'].includes(textIn(own, 'Phân loại')));
    const type = ['Loại I', 'Loại II', 'Loại III', 'Không trọng điểm', 'Thiếu dữ liệu'];
    const code = ['I', 'II', 'III', 'none', 'insufficient_data'][type.indexOf(textIn(own, 'Phân loại'))];
    const same = records(await sheetOf(office, `${A}/classification/export.xlsx?year=2026&type=${code}`));
    assert.ok(same.length >= 1 && same.every((r) => textIn(r, 'Phân loại') === textIn(own, 'Phân loại')));
    const mine = records(await sheetOf(commune, `${A}/classification/export.xlsx?year=2026`));
    assert.deepEqual(mine.map((r) => textIn(r, 'Mã xã')), [COMMUNE]);
  });

  test('the worklist: due dates are dates, personal IDs masked for roles that see them masked, and the read is audited', async () => {
    const lead = records(await sheetOf(await fx.as('leader'), '/api/v1/worklist/export.xlsx'));
    const row = lead.find((r) => textIn(r, 'Họ và tên') === 'Lê Văn Xuất');
    assert.ok(row, JSON.stringify(lead.map((r) => [...r])));
    assert.equal(dateIn(row, 'Hạn'), '04/06/2026');
    assert.equal(textIn(row, 'Tình trạng'), 'Quá hạn');
    assert.equal(textIn(row, 'Số định danh cá nhân'), `040******${id1990(501).slice(9)}`);
    const own = records(await sheetOf(commune, '/api/v1/worklist/export.xlsx'));
    assert.ok(own.some((r) => textIn(r, 'Số định danh cá nhân') === id1990(501)), 'the commune sees IDs in full, as on screen');
    assert.ok(own.every((r) => textIn(r, 'Mã xã') === COMMUNE));
    const neighbour = records(await sheetOf(office, `/api/v1/worklist/export.xlsx?commune=${OTHER_COMMUNE}`));
    assert.ok(!neighbour.some((r) => textIn(r, 'Họ và tên') === 'Lê Văn Xuất'));
    const reads = await auditRows(fx.admin, 'action=people.worklist');
    assert.ok(reads.some((a) => a.actor === fx.users.leader && JSON.stringify(a.detail.shown).length > 2), JSON.stringify(reads[0]));
  });

  test('plans, the review queue and an agency\'s tasks: counts are numbers, dates are dates, statuses in words', async () => {
    const plans = records(await sheetOf(office, `/api/v1/plans/export.xlsx?q=${encodeURIComponent(planNumber)}`));
    assert.equal(plans.length, 1);
    assert.equal(textIn(plans[0], 'Số hiệu'), planNumber);
    assert.ok(numberIn(plans[0], 'Số nhiệm vụ') > 0);
    assert.match(dateIn(plans[0], 'Ngày ban hành'), /^\d\d\/\d\d\/\d{4}$/);
    assert.equal(records(await sheetOf(office, '/api/v1/plans/export.xlsx?q=khong-co-ke-hoach-nay')).length, 0);

    const queue = records(await sheetOf(office, '/api/v1/report-instances/export.xlsx?status=submitted'));
    assert.equal(queue.length, 1);
    assert.equal(textIn(queue[0], 'Tình trạng'), 'Chờ duyệt');
    assert.equal(textIn(queue[0], 'Tiến độ'), 'Đang thực hiện');
    assert.match(dateIn(queue[0], 'Hạn nộp'), /^\d\d\/\d\d\/\d{4}$/);
    assert.match(dateIn(queue[0], 'Ngày gửi'), /^\d\d\/\d\d\/\d{4}$/);

    const tasks = await sheetOf(filer, '/api/v1/my/tasks/export.xlsx');
    assert.deepEqual(tasks.header.slice(0, 3), ['Kế hoạch', 'Số hiệu', 'Nhiệm vụ']);
    const rows = records(tasks);
    assert.ok(rows.length > 0);
    for (const r of rows) {
      assert.equal(textIn(r, 'Kế hoạch'), planNumber);
      numberIn(r, 'Số kỳ báo cáo');
    }
    // A long task text wraps: its row is made taller than one line, and the columns have widths.
    assert.ok([...tasks.heights.values()].some((h) => h > 15), JSON.stringify([...tasks.heights]));
    assert.ok(Math.abs((tasks.widths.get('C') ?? 0) - 60) < 1, `task column width ${tasks.widths.get('C')}`);
    // Not an agency's user: refused as the list is, with the list's error.
    const refused = await download(office, '/api/v1/my/tasks/export.xlsx');
    assert.equal(refused.status, 403);
    assert.equal(JSON.parse(refused.body.toString('utf8')).code, 'auth.forbidden');
  });

  test('users and the audit trail: filters of the list, moments as dates with a time, numbers numeric', async () => {
    const users = records(await sheetOf(fx.admin, `/api/v1/users/export.xlsx?q=${fx.users.commune}`));
    assert.equal(users.length, 1);
    assert.equal(textIn(users[0], 'Vai trò'), 'Cấp xã');
    assert.equal(textIn(users[0], 'Đã khóa'), 'Không');
    const audit = await sheetOf(await fx.as('auditor'), '/api/v1/audit/export.xlsx?action=auth.login');
    const rows = records(audit);
    assert.ok(rows.length >= 5);
    for (const r of rows) {
      assert.equal(textIn(r, 'Hành động'), 'auth.login');
      numberIn(r, 'Số thứ tự');
      assert.match(dateIn(r, 'Thời điểm'), /^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    }
    const r = await download(commune, '/api/v1/audit/export.xlsx');
    assert.equal(r.status, 403);
  });

  test('the people list: birth dates and state dates are dates, personal IDs masked as in the list', async () => {
    const sheet = await sheetOf(await fx.as('leader'), `/api/v1/people/export?reason=${encodeURIComponent('Đối chiếu')}`);
    const row = records(sheet).find((r) => textIn(r, 'Họ và tên') === 'Lê Văn Xuất');
    assert.ok(row);
    assert.equal(dateIn(row, 'Ngày sinh'), '04/04/1990');
    assert.equal(numberIn(row, 'STT') > 0, true);
    assert.match(textIn(row, 'Số định danh cá nhân'), /^040\*{6}\d{3}$/);
  });
});
