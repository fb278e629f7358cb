// Importing a commune's existing list of people already in voluntary rehab, substitution treatment,
// compulsory rehab or post-rehab management: each row is taken over in its regime
// with the dates that fix its deadlines (docs/people-events.md "Taking over"), on both engines.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ApiClient } from '../lib/client.ts';
import { assertError, auditRows, COMMUNE, useFixture } from '../lib/fixtures.ts';
import { download, unzip, xmlText } from '../lib/office_files.ts';
import { readXlsx, records } from '../lib/xlsx_cells.ts';
import { endedJob, jobResult } from '../lib/jobs.ts';
import { engineFromEnv } from '../lib/server.ts';

/** A valid personal ID for a man born in 1985 (birth registered in Nghệ An, code 040). */
const id1985 = (serial: number) => `040085${String(serial).padStart(6, '0')}`;

const HEADER = 'Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã,Tình trạng,Ngày bắt đầu,Thời hạn (tháng),Hình thức đã hoàn thành,Cơ sở\n';

describe(`people takeover import [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  let office: ApiClient;
  let rehab: number;
  let methadone: number;

  before(async () => {
    office = await fx.as('standing_office');
    const a = await office.post('/api/v1/facilities', { kind: 'rehab', name: 'Cơ sở cai nghiện ma túy tỉnh', capacity: 200 });
    assert.equal(a.status, 201, a.text);
    rehab = a.json.id;
    const b = await office.post('/api/v1/facilities', { kind: 'substitution', name: 'Cơ sở điều trị Methadone Vinh', capacity: 400 });
    assert.equal(b.status, 201, b.text);
    methadone = b.json.id;
  });

  async function personByNumber(n: string) {
    const found = await office.get(`/api/v1/people?q=${n}`);
    assert.equal(found.json.total, 1, found.text);
    const full = await office.get(`/api/v1/people/${found.json.items[0].id}?reason=${encodeURIComponent('Kiểm tra nhập danh sách')}`);
    assert.equal(full.status, 200, full.text);
    return full.json;
  }

  test('each regime is taken over with the deadlines its dates fix; facilities get their people', async () => {
    const csv = HEADER +
      `${id1985(1)},Lê Văn Một,01/01/1985,Nam,${COMMUNE},Cai nghiện tại gia đình,03/03/2025,6,,\n` +
      `${id1985(2)},Lê Văn Hai,01/01/1985,Nam,${COMMUNE},Điều trị Methadone,04/11/2024,,,Cơ sở điều trị Methadone Vinh\n` +
      `${id1985(3)},Lê Văn Ba,01/01/1985,Nam,${COMMUNE},Đang cai nghiện bắt buộc,05/02/2025,24,,Cơ sở cai nghiện ma túy tỉnh\n` +
      `${id1985(4)},Lê Văn Bốn,01/01/1985,Nam,${COMMUNE},Quản lý sau cai,10/04/2025,,Bắt buộc,\n`;
    const r = await jobResult(office, await office.post('/api/v1/people/import', { format: 'csv', content: csv, commit: true }));
    assert.equal(r.imported, 4);
    assert.equal(r.columns.regime_months, 'Thời hạn (tháng)');

    const home = await personByNumber(id1985(1));
    assert.equal(home.state, 'voluntary_home');
    const planned = home.lifecycle.deadlines.find((d: any) => d.kind === 'voluntary_rehab.planned_end');
    assert.equal(planned.due, '2025-09-03');

    const subst = await personByNumber(id1985(2));
    assert.equal(subst.state, 'substitution');
    assert.equal((await office.get(`/api/v1/facilities/${methadone}`)).json.occupancy, 1);

    const stay = await personByNumber(id1985(3));
    assert.equal(stay.state, 'compulsory_facility');
    const end = stay.lifecycle.deadlines.find((d: any) => d.kind === 'compulsory.term_end');
    assert.equal(end.due, '2027-02-05');
    // Reviews already due before the import belong to the earlier records: none is overdue here.
    assert.ok(!stay.lifecycle.deadlines.some((d: any) => d.kind === 'compulsory.review' && d.status === 'overdue'),
      JSON.stringify(stay.lifecycle.deadlines));
    assert.equal((await office.get(`/api/v1/facilities/${rehab}`)).json.occupancy, 1);

    const post = await personByNumber(id1985(4));
    assert.equal(post.state, 'post_rehab');
    const postEnd = post.lifecycle.deadlines.find((d: any) => d.kind === 'post_rehab.end_adult_compulsory');
    assert.equal(postEnd.due, '2027-04-10');
  });

  test('a row missing what fixes its regime is reported on its field, and nothing is imported', async () => {
    const csv = HEADER +
      `${id1985(11)},Trần Văn A,01/01/1985,Nam,${COMMUNE},Cai nghiện bắt buộc,05/02/2025,,,\n` +
      `${id1985(12)},Trần Văn B,01/01/1985,Nam,${COMMUNE},Sau cai,10/04/2025,,,\n` +
      `${id1985(13)},Trần Văn C,01/01/1985,Nam,${COMMUNE},Điều trị thay thế,04/11/2024,,,Cơ sở không có\n` +
      `${id1985(14)},Trần Văn D,01/01/1985,Nam,${COMMUNE},Cai nghiện tại gia đình,03/03/2025,,,Cơ sở cai nghiện ma túy tỉnh\n` +
      `${id1985(15)},Trần Văn E,01/01/1985,Nam,${COMMUNE},Cai nghiện tự nguyện tại cơ sở,03/03/2025,13,,Cơ sở cai nghiện ma túy tỉnh\n` +
      `${id1985(16)},Trần Văn G,01/01/1985,Nam,${COMMUNE},Đang quản lý,03/03/2025,,,Cơ sở cai nghiện ma túy tỉnh\n`;
    const r = await endedJob(office, await office.post('/api/v1/people/import', { format: 'csv', content: csv, commit: true }));
    assert.equal(r.state, 'failed');
    assert.equal(r.error.code, 'import.invalid_rows');
    assert.deepEqual(r.error.errors.map((e: any) => [e.line, e.field, e.code]), [
      [2, 'regime_months', 'import.value_invalid'],
      [3, 'completed_form', 'import.value_invalid'],
      [4, 'facility', 'import.facility_unknown'],
      [5, 'facility', 'import.value_invalid'],
      [6, 'status', 'people.rehab_duration_out_of_range'],
      [7, 'facility', 'import.value_invalid'],
    ]);
    assert.equal((await office.get(`/api/v1/people?q=${id1985(11)}`)).json.total, 0);
  });

  test('one person is taken over through the events API, at a facility of the right kind', async () => {
    const p = await office.post('/api/v1/people', {
      personal_id: id1985(21), full_name: 'Phan Văn Tiếp', birth_date: '1985-01-01', sex: 'male', commune_code: COMMUNE,
    });
    assert.equal(p.status, 201, p.text);
    assertError(await office.post(`/api/v1/people/${p.json.id}/events`, {
      type: 'taken_over', date: '2025-02-05', fields: { state: 'compulsory_facility', term_months: 12 }, facility_id: methadone,
    }), 400, 'people.facility_kind_mismatch');
    const ok = await office.post(`/api/v1/people/${p.json.id}/events`, {
      type: 'taken_over', date: '2025-02-05', fields: { state: 'compulsory_facility', term_months: 12, records_from: '2025-06-01' },
      facility_id: rehab,
    });
    assert.equal(ok.status, 201, ok.text);
    const again = await office.post(`/api/v1/people/${p.json.id}/events`, {
      type: 'taken_over', date: '2025-03-01', fields: { state: 'substitution' },
    });
    assertError(again, 409, 'people.transition_refused');
  });

  test('the standing office exports the list with full IDs and the state dates, and it reads back through the import', async () => {
    const reason = encodeURIComponent('Chuyển danh sách sang hệ thống khác');
    const leader = await fx.as('leader');
    assertError(await leader.get(`/api/v1/people/export?reason=${reason}&full_ids=true`), 403, 'people.full_ids_forbidden');
    const x = await download(office, `/api/v1/people/export?reason=${reason}&commune=${COMMUNE}&state=substitution&full_ids=true`);
    assert.equal(x.status, 200);
    const parts = unzip(x.body);
    const text = [...parts.entries()].filter(([n]) => n.startsWith('xl/')).map(([, b]) => xmlText(b)).join('\n');
    assert.ok(text.includes(id1985(2)), 'the full personal ID');
    assert.ok(text.includes('Ngày của tình trạng'));
    const row = records(readXlsx(x.body)).find((r) => r.get('Số định danh cá nhân')?.value === id1985(2));
    assert.deepEqual(row?.get('Ngày của tình trạng'), { kind: 'date', value: '04/11/2024', format: 'dd/mm/yyyy' },
      'the day substitution treatment began, as a date cell');
    const masked = unzip((await download(office, `/api/v1/people/export?reason=${reason}&commune=${COMMUNE}&state=substitution`)).body);
    assert.ok(![...masked.values()].some((b) => b.toString('utf8').includes(id1985(2))), 'masked without full_ids');
    // The list filter applies to the export too: substitution is on the addicts' list, not the users'.
    const users = unzip((await download(office, `/api/v1/people/export?reason=${reason}&commune=${COMMUNE}&list=users&full_ids=true`)).body);
    assert.ok(![...users.values()].some((b) => b.toString('utf8').includes(id1985(2))), 'not on the users list');
    const audit = await auditRows(fx.admin, 'action=people.export');
    assert.ok(audit.some((a: any) => a.detail?.full_ids === true), JSON.stringify(audit));
    // Read back: every row is already registered (person.id_taken) and nothing else is wrong with it.
    const back = await office.post('/api/v1/people/import', { format: 'xlsx', content_base64: x.body.toString('base64') });
    assert.equal(back.status, 200, back.text);
    assert.equal(back.json.columns.status_date, 'Ngày của tình trạng');
    assert.ok(back.json.errors.length >= 1);
    assert.deepEqual([...new Set(back.json.errors.map((e: any) => e.code))], ['person.id_taken'], back.text);
  });
});
