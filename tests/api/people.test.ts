// The people registry over HTTP: registration keyed by the personal ID, search with and
// without diacritics and with typos, scope isolation, audited reads and exports, lifecycle events
// allowed or refused by the engine, the commune worklist, imports, linkage, facilities, rule values.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ApiClient } from '../lib/client.ts';
import { assertError, auditRows, COMMUNE, OTHER_COMMUNE, PASSWORD, useFixture, VIETNAMESE_LETTER } from '../lib/fixtures.ts';
import { endedJob, jobResult } from '../lib/jobs.ts';
import { engineFromEnv } from '../lib/server.ts';

/** A valid personal ID for a man born in 1990 (birth registered in Nghệ An, code 040). */
const id1990 = (serial: number) => `040090${String(serial).padStart(6, '0')}`;

/** Today in Vietnam (UTC+7), as the server judges deadlines. */
function vnToday(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

describe(`people [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  let commune: ApiClient;
  let office: ApiClient;
  let neighbour: ApiClient;
  let an: number;

  before(async () => {
    commune = await fx.as('commune');
    office = await fx.as('standing_office');
    await fx.srv.addUser({ username: 't_neighbour', role: 'commune', scope: `commune:${OTHER_COMMUNE}`, password: PASSWORD });
    neighbour = await fx.login('t_neighbour');
    const r = await commune.post('/api/v1/people', {
      personal_id: id1990(1), full_name: 'Nguyễn Văn An', birth_date: '1990-05-01', sex: 'male', commune_code: COMMUNE,
      drug_types: ['heroin'],
    });
    assert.equal(r.status, 201, r.text);
    an = r.json.id;
  });

  test('a person is registered once: the same personal ID again is 409', async () => {
    const r = await office.post('/api/v1/people', {
      personal_id: id1990(1), full_name: 'Trần Văn Bình', birth_date: '1990-01-01', sex: 'male', commune_code: COMMUNE,
    });
    assertError(r, 409, 'person.id_taken', 'personal_id');
  });

  test('a malformed personal ID is 400 on the field; a mismatch with the entered sex needs confirming', async () => {
    const base = { full_name: 'Lê Thị Cúc', birth_date: '1990-02-02', commune_code: COMMUNE };
    assertError(await commune.post('/api/v1/people', { ...base, personal_id: '12345', sex: 'female' }), 400,
      'person.id_invalid', 'personal_id');
    // Digit 4 is 0: a man born in the 1900s, entered as a woman.
    assertError(await commune.post('/api/v1/people', { ...base, personal_id: id1990(2), sex: 'female' }), 422,
      'person.id_sex_mismatch', 'personal_id');
    const ok = await commune.post('/api/v1/people', { ...base, personal_id: id1990(2), sex: 'female', confirm_id_mismatch: true });
    assert.equal(ok.status, 201, ok.text);
  });

  test('a close name with the same birth date and commune is shown before registering', async () => {
    const twin = { personal_id: id1990(3), full_name: 'Nguyen Van Ann', birth_date: '1990-05-01', sex: 'male', commune_code: COMMUNE };
    const check = await commune.post('/api/v1/people/check', twin);
    assert.equal(check.status, 200, check.text);
    assert.equal(check.json.id_check.valid, true);
    // The form shows where the birth was registered by name, not only by code.
    assert.equal(check.json.id_check.province_code, '040');
    assert.equal(check.json.id_check.province_name, 'Nghệ An');
    assert.equal(check.json.duplicates.length, 1);
    assert.equal(check.json.duplicates[0].person.id, an);
    assertError(await commune.post('/api/v1/people', twin), 409, 'person.possible_duplicate');
  });

  test('search finds the person with or without diacritics and with one wrong letter', async () => {
    for (const q of ['nguyen van an', 'Nguyễn Văn Ăn', 'ngyen van an', 'nguyen vna an']) {
      const r = await commune.get(`/api/v1/people?q=${encodeURIComponent(q)}`);
      assert.equal(r.status, 200, r.text);
      assert.ok(r.json.items.some((p: any) => p.id === an), `${q} → ${r.text}`);
    }
    const exact = await commune.get(`/api/v1/people?q=${encodeURIComponent('Nguyễn Văn Ăn')}`);
    assert.equal(exact.json.items[0].id, an);
  });

  test('lists mask the personal ID except for the commune keeping the dossier', async () => {
    const byOffice = await office.get('/api/v1/people?q=nguyen%20van%20an');
    assert.equal(byOffice.json.items[0].personal_id, '040******001');
    const byCommune = await commune.get('/api/v1/people?q=nguyen%20van%20an');
    assert.equal(byCommune.json.items[0].personal_id, id1990(1));
  });

  test('another commune cannot find or read the person; the auditor reads no records', async () => {
    const s = await neighbour.get('/api/v1/people?q=nguyen%20van%20an');
    assert.equal(s.status, 200);
    assert.equal(s.json.total, 0);
    assertError(await neighbour.get(`/api/v1/people/${an}?reason=xem`), 404, 'not_found');
    assertError(await neighbour.patch(`/api/v1/people/${an}`, { address: 'x' }), 404, 'not_found');
    assertError(await neighbour.post(`/api/v1/people/${an}/events`, { type: 'positive_test', date: vnToday() }), 404,
      'not_found');
    const auditor = await fx.as('auditor');
    assertError(await auditor.get('/api/v1/people'), 403, 'auth.forbidden');
    assertError(await auditor.get(`/api/v1/people/${an}?reason=xem`), 403, 'auth.forbidden');
  });

  test('reading a record needs a reason, shows the full ID and is audited with the reason', async () => {
    assertError(await commune.get(`/api/v1/people/${an}`), 400, 'people.reason_required', 'reason');
    const r = await commune.get(`/api/v1/people/${an}?reason=${encodeURIComponent('Lập hồ sơ quản lý')}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.personal_id, id1990(1));
    assert.equal(r.json.commune_name, 'Phường Thành Vinh');
    assert.deepEqual(r.json.drug_types.map((d: any) => d.code), ['heroin']);
    const rows = await auditRows(fx.admin, 'action=person.read');
    const mine = rows.find((a) => a.object_id === String(an) && a.actor === fx.users.commune);
    assert.ok(mine, JSON.stringify(rows));
    assert.equal(mine.reason, 'Lập hồ sơ quản lý');
    const searches = await auditRows(fx.admin, 'action=people.search');
    assert.ok(searches.length >= 4);
    for (const a of searches) assert.ok(!JSON.stringify(a.detail).includes('nguyen'), 'what was typed stays out of the trail');
  });

  test('an event the law allows changes the state; one it does not is 409 and changes nothing', async () => {
    const p = await commune.post('/api/v1/people', {
      personal_id: id1990(10), full_name: 'Phạm Văn Dũng', birth_date: '1990-03-03', sex: 'male', commune_code: COMMUNE,
    });
    assert.equal(p.status, 201, p.text);
    const refused = await commune.post(`/api/v1/people/${p.json.id}/events`, {
      type: 'user_management_stop', date: vnToday(), fields: { reason: 'prison' },
    });
    assertError(refused, 409, 'people.transition_refused');
    const ok = await commune.post(`/api/v1/people/${p.json.id}/events`, {
      type: 'user_management_decision', date: vnToday(), reason: 'Quyết định số 12/QĐ-UBND',
    });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.json.lifecycle.state, 'under_management');
    const end = ok.json.lifecycle.deadlines.find((d: any) => d.kind === 'user_management.end');
    assert.ok(end, ok.text);
    const rec = await commune.get(`/api/v1/people/${p.json.id}?reason=kiem%20tra`);
    assert.equal(rec.json.state, 'under_management');
    assert.deepEqual(rec.json.lists, ['users']);
    assert.equal(rec.json.events.length, 1);
    assert.equal(rec.json.events[0].reason, 'Quyết định số 12/QĐ-UBND');
    assertError(await commune.post(`/api/v1/people/${p.json.id}/events`, { type: 'residence_verified', date: vnToday(),
      fields: { stable: 'yes' } }), 400, 'people.event_field_invalid');
    assertError(await commune.post(`/api/v1/people/${p.json.id}/events`, { type: 'nonsense', date: vnToday() }), 400,
      'people.event_type_unknown', 'type');
  });

  test('recording or withdrawing an event answers the timeline the record shows, with its one audit row and no read', async () => {
    const p = await commune.post('/api/v1/people', {
      personal_id: id1990(13), full_name: 'Hồ Văn Lực', birth_date: '1990-03-04', sex: 'male', commune_code: COMMUNE,
    });
    assert.equal(p.status, 201, p.text);
    const trail = async () =>
      (await auditRows(fx.admin, 'object_type=person')).filter((a) => a.object_id === String(p.json.id)).map((a) => a.action);
    const before = (await trail()).length;
    const ok = await commune.post(`/api/v1/people/${p.json.id}/events`, {
      type: 'user_management_decision', date: vnToday(), reason: 'Quyết định số 13/QĐ-UBND',
    });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.json.lifecycle.state, 'under_management');
    assert.deepEqual(ok.json.lifecycle.lists, ['users']);
    assert.deepEqual(ok.json.events.map((e: any) => [e.id, e.type, e.reason]),
      [[ok.json.event_id, 'user_management_decision', 'Quyết định số 13/QĐ-UBND']]);
    assert.equal(ok.json.facility_name, null);
    const afterEvent = await trail();
    assert.deepEqual(afterEvent.slice(0, afterEvent.length - before), ['person.event']);

    const gone = await commune.delete(`/api/v1/people/${p.json.id}/events/${ok.json.event_id}?reason=${encodeURIComponent('Ghi nhầm')}`);
    assert.equal(gone.status, 200, gone.text);
    assert.equal(gone.json.lifecycle.state, 'none');
    assert.deepEqual(gone.json.events, []);
    const afterWithdraw = await trail();
    assert.deepEqual(afterWithdraw.slice(0, afterWithdraw.length - afterEvent.length), ['person.event_withdraw']);
  });

  test('the worklist shows what is overdue and due this week in the commune', async () => {
    const p = await commune.post('/api/v1/people', {
      personal_id: id1990(11), full_name: 'Võ Văn Em', birth_date: '1990-04-04', sex: 'male', commune_code: COMMUNE,
    });
    // Detected on 1/6/2026 under Law 73/2021: residence verification due 3 working days later, long past.
    const e = await commune.post(`/api/v1/people/${p.json.id}/events`, { type: 'positive_test', date: '2026-06-01' });
    assert.equal(e.status, 201, e.text);
    const due = e.json.lifecycle.deadlines.find((d: any) => d.kind === 'user_management.residence_verification').due;
    assert.equal(due, '2026-06-04');
    const w = await commune.get('/api/v1/worklist');
    assert.equal(w.status, 200, w.text);
    const item = w.json.items.find((i: any) => i.person_id === p.json.id);
    assert.ok(item, w.text);
    assert.equal(item.status, 'overdue');
    assert.equal(item.due, '2026-06-04');
    assert.ok(w.json.overdue >= 1);
    assert.ok(w.json.week_start <= w.json.today && w.json.today <= w.json.week_end);
    // Not in the neighbouring commune's worklist.
    const other = await neighbour.get(`/api/v1/worklist?commune=${COMMUNE}`);
    assert.ok(!other.json.items.some((i: any) => i.person_id === p.json.id));
  });

  test('an import with one bad row imports nothing; a good one imports all', async () => {
    const header = 'Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã\n';
    const bad = `${header}${id1990(20)},Hoàng Văn Giang,01/01/1990,Nam,${COMMUNE}\n${id1990(21)},Đỗ Văn Hải,31/02/1990,Nam,${COMMUNE}\n`;
    const failed = await endedJob(office, await office.post('/api/v1/people/import', { format: 'csv', content: bad, commit: true }));
    assert.equal(failed.state, 'failed');
    assert.equal(failed.error.code, 'import.invalid_rows');
    assert.match(failed.error.message, VIETNAMESE_LETTER);
    assert.deepEqual(failed.error.errors.map((e: any) => [e.line, e.field]), [[3, 'birth_date']]);
    const none = await office.get(`/api/v1/people?q=${id1990(20)}`);
    assert.equal(none.json.total, 0);
    const good = bad.replace('31/02/1990', '28/02/1990');
    const ok = await jobResult(office, await office.post('/api/v1/people/import', {
      format: 'csv', content_base64: Buffer.from(good).toString('base64'), commit: true,
    }));
    assert.equal(ok.imported, 2);
    assert.equal((await office.get(`/api/v1/people?q=${id1990(21)}`)).json.total, 1);
  });

  test('an import takes the status labels the export writes in its "Tình trạng" column', async () => {
    const rows = [
      [id1990(40), 'Đang bị quản lý người sử dụng trái phép chất ma túy', 'under_management'],
      [id1990(41), 'Đã xác định nghiện, chưa tham gia cai nghiện', 'addicted'],
      [id1990(42), 'Đã phát hiện sử dụng trái phép chất ma túy, chưa có quyết định quản lý', 'detected'],
    ];
    const csv = 'Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã,Tình trạng,Ngày của tình trạng\n' +
      rows.map(([id, label], i) => `${id},Người Nhập ${i},01/01/1990,Nam,${COMMUNE},"${label}",01/03/2026\n`).join('');
    const r = await jobResult(office, await office.post('/api/v1/people/import', { format: 'csv', content: csv, commit: true }));
    assert.equal(r.imported, 3);
    for (const [id, , state] of rows) {
      const found = await office.get(`/api/v1/people?q=${id}`);
      assert.equal(found.json.items[0]?.state, state, found.text);
    }
  });

  test('exports need a reason, come as XLSX and are audited', async () => {
    assertError(await office.get('/api/v1/people/export'), 400, 'people.reason_required');
    const r = await office.get(`/api/v1/people/export?reason=${encodeURIComponent('Báo cáo')}&commune=${COMMUNE}`);
    assert.equal(r.status, 200, r.text.slice(0, 200));
    assert.match(String(r.headers['content-type']), /spreadsheetml/);
    assert.equal(r.text.slice(0, 2), 'PK');
    const s = await office.get(`/api/v1/people/statistics/export?reason=${encodeURIComponent('Báo cáo quý')}`);
    assert.equal(s.status, 200);
    const rows = await auditRows(fx.admin, 'action=people.export');
    assert.equal(rows.length, 2);
    assert.ok(rows.every((a) => a.reason));
  });

  test('statistics count the categories of the province and of one commune', async () => {
    const r = await fx.as('leader').then((c) => c.get('/api/v1/people/statistics'));
    assert.equal(r.status, 200, r.text);
    const users = r.json.categories.find((c: any) => c.code === 'users');
    assert.ok(users.total >= 1);
    assert.ok(users.by_sex.male >= 1);
    assert.ok(r.json.communes.some((c: any) => c.code === COMMUNE));
    const mine = await neighbour.get('/api/v1/people/statistics');
    assert.equal(mine.json.categories.find((c: any) => c.code === 'users').total, 0);
  });

  test('facilities: the standing office registers them; occupancy follows admissions; a commune cannot add one', async () => {
    assertError(await commune.post('/api/v1/facilities', { kind: 'rehab', name: 'Cơ sở A', capacity: 10 }), 403,
      'auth.forbidden');
    const f = await office.post('/api/v1/facilities', {
      kind: 'rehab', name: 'Cơ sở cai nghiện ma túy số 1', capacity: 300, agency_id: Number(fx.agencyId),
    });
    assert.equal(f.status, 201, f.text);
    assert.equal(f.json.occupancy, 0);
    assertError(await office.post('/api/v1/facilities', { kind: 'rehab', name: 'Cơ sở cai nghiện ma túy số 1', capacity: 1 }),
      409, 'facility.name_taken');
    const p = await commune.post('/api/v1/people', {
      personal_id: id1990(30), full_name: 'Trịnh Văn Khoa', birth_date: '1990-06-06', sex: 'male', commune_code: COMMUNE,
    });
    await commune.post(`/api/v1/people/${p.json.id}/events`, { type: 'addiction_result', date: vnToday(),
      fields: { result: 'addicted' } });
    const start = await commune.post(`/api/v1/people/${p.json.id}/events`, {
      type: 'rehab_start', date: vnToday(), fields: { form: 'facility' }, facility_id: f.json.id,
    });
    assert.equal(start.status, 201, start.text);
    assert.equal(start.json.lifecycle.facility_id, f.json.id);
    assert.equal(start.json.facility_name, 'Cơ sở cai nghiện ma túy số 1');
    assert.equal((await office.get(`/api/v1/facilities/${f.json.id}`)).json.occupancy, 1);
    // The facility's staff (the agency linked to it) see this person and no one else.
    const staff = await fx.as('agency');
    const seen = await staff.get('/api/v1/people');
    assert.deepEqual(seen.json.items.map((x: any) => x.id), [p.json.id]);
    assertError(await staff.get(`/api/v1/people/${an}?reason=xem`), 404, 'not_found');
  });

  test('rule packs: anyone reading people sees them; only an admin sets a value', async () => {
    const packs = await commune.get('/api/v1/rule-packs');
    assert.equal(packs.status, 200);
    const law120 = packs.json.items.find((p: any) => p.id === 'law-120-2025');
    const param = law120.params.find((x: any) => x.name === 'registration.deadline_wd');
    assert.equal(param.unknown, true);
    assert.equal(param.value, null);
    const path = '/api/v1/rule-packs/law-120-2025/params/registration.deadline_wd';
    assertError(await office.put(path, { value: 5, source: 'NĐ thử' }), 403, 'auth.forbidden');
    assertError(await fx.admin.put(path, { value: 'five', source: 'NĐ thử' }), 400, 'rules.value_invalid');
    const set = await jobResult(fx.admin, await fx.admin.put(path, { value: 5, source: 'NĐ xx/2026/NĐ-CP Điều yy' }));
    assert.ok(set.changed <= set.recomputed, JSON.stringify(set));
    const after = set.pack.params.find((x: any) => x.name === 'registration.deadline_wd');
    assert.equal(after.value, 5);
    assert.equal(after.overridden, true);
    assertError(await fx.admin.put('/api/v1/rule-packs/law-120-2025/params/no.such', { value: 1, source: 'x' }), 404, 'not_found');
  });

  test('residence linkage (a job) marks who agrees, differs or is missing from the extract', async () => {
    const extract = `personal_id,full_name,birth_date,registered_commune\n${id1990(1)},Nguyễn Văn An,1990-05-01,00070\n`;
    const r = await jobResult(commune, await commune.post('/api/v1/people/residence-linkage', { format: 'csv', content: extract }));
    assert.equal(r.differs, 1);
    assert.ok(r.not_found >= 1);
    const elsewhere = await commune.get('/api/v1/people/residence-links?elsewhere=true');
    assert.deepEqual(elsewhere.json.items.map((i: any) => i.person_id), [an]);
    assert.equal(elsewhere.json.items[0].registered_commune_name, 'Phường Hoàn Kiếm');
  });

  test('the reference lists event types with the states they are allowed from', async () => {
    const r = await commune.get('/api/v1/people/reference');
    assert.equal(r.status, 200);
    const decision = r.json.event_types.find((e: any) => e.type === 'user_management_decision');
    assert.ok(decision.from.includes('none'));
    assert.ok(r.json.drug_types.some((d: any) => d.code === 'methamphetamine'));
    // Every field and choice comes with its Vietnamese words, for any client of the API.
    for (const t of r.json.event_types) {
      for (const f of t.fields) {
        assert.match(f.label, VIETNAMESE_LETTER, `${t.type}.${f.name}`);
        for (const c of f.choices) assert.ok(f.choice_labels[c], `${t.type}.${f.name}=${c}`);
      }
    }
    const result = r.json.event_types.find((e: any) => e.type === 'addiction_result');
    assert.equal(result.fields.find((f: any) => f.name === 'criteria').choice_labels['6'], 'Có hội chứng cai');
  });

  test('the reference serves where each event puts the person, the rule the server applies', async () => {
    const r = await commune.get('/api/v1/people/reference');
    assert.equal(r.status, 200);
    const rows = (type: string) =>
      r.json.event_types.find((e: any) => e.type === type).placement.map((p: any) => [p.field, p.value, p.placement, p.facility_kind]);
    assert.deepEqual(rows('compulsory_admission'), [[null, null, 'rehab_facility', 'rehab']]);
    assert.deepEqual(rows('rehab_start'), [
      ['form', 'substitution', 'substitution_facility', 'substitution'],
      ['form', 'facility', 'rehab_facility', 'rehab'],
      [null, null, 'home', null],
    ]);
    assert.deepEqual(rows('pending_management_start'), [
      ['place', 'facility', 'rehab_facility', 'rehab'],
      [null, null, 'home', null],
    ]);
    assert.deepEqual(rows('taken_over'), [
      ['state', 'substitution', 'substitution_facility', 'substitution'],
      ['state', 'voluntary_facility', 'rehab_facility', 'rehab'],
      ['state', 'compulsory_facility', 'rehab_facility', 'rehab'],
      [null, null, 'home', null],
    ]);
    assert.deepEqual(rows('user_management_decision'), []);
  });
});
