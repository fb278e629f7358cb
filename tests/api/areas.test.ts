// Areas over HTTP: registries CRUD and scope (another commune is 404), the point lifecycle and
// re-formation, and a commune's classification computed from the registries, equal to what
// `pcmt classify` prints for the same facts; missing population reported, never zero.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  assertError, COMMUNE, FOREIGN_COMMUNE, OTHER_COMMUNE, PROVINCE, referenceCommunes, useFixture,
} from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

const A = '/api/v1/areas';

describe(`areas [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  test('a commune user keeps its registries; other communes are 404 both ways', async () => {
    const commune = await fx.as('commune');
    const created = await commune.post(`${A}/cases`, {
      case_date: '2025-03-02', status: 'investigating', reference: '07/VA', drugs_seized: 'ma túy đá 12 g',
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.json.commune_code, COMMUNE);
    const id = created.json.id;
    const moved = await commune.post(`${A}/cases/${id}/status`, { status: 'prosecuted', date: '2025-04-10' });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.json.status, 'prosecuted');
    assert.equal(moved.json.status_date, '2025-04-10');
    assert.equal(moved.json.reference, '07/VA');

    const theirs = await fx.admin.post(`${A}/cases`, { commune_code: OTHER_COMMUNE, case_date: '2025-03-02',
      status: 'tried' });
    assert.equal(theirs.status, 201, theirs.text);
    assertError(await commune.get(`${A}/cases/${theirs.json.id}`), 404, 'not_found');
    assertError(await commune.patch(`${A}/cases/${theirs.json.id}`, { status: 'investigating' }), 404, 'not_found');
    assertError(await commune.delete(`${A}/cases/${theirs.json.id}`), 404, 'not_found');
    assertError(await commune.post(`${A}/cases`, { commune_code: OTHER_COMMUNE, case_date: '2025-03-02',
      status: 'tried' }), 404, 'area.commune_not_found', 'commune_code');
    const so = await fx.as('standing_office');
    assertError(await so.post(`${A}/cases`, { commune_code: FOREIGN_COMMUNE, case_date: '2025-03-02',
      status: 'tried' }), 404, 'area.commune_not_found', 'commune_code');
    const mine = await commune.get(`${A}/cases`);
    assert.equal(mine.status, 200);
    assert.deepEqual(mine.json.items.map((c: any) => c.id), [id]);

    const leader = await fx.as('leader');
    assert.equal((await leader.get(`${A}/cases?commune=${OTHER_COMMUNE}`)).json.total, 1);
    assertError(await leader.post(`${A}/cases`, { commune_code: COMMUNE, case_date: '2025-03-02', status: 'tried' }),
      403, 'auth.forbidden');

    assert.equal((await commune.delete(`${A}/cases/${id}?reason=${encodeURIComponent('Ghi trùng')}`)).status, 204);
    assertError(await commune.get(`${A}/cases/${id}`), 404, 'not_found');
  });

  test('bad fields are 400 on the field; a bad year is 400; an odd id is 404', async () => {
    const commune = await fx.as('commune');
    assertError(await commune.post(`${A}/plant-finds`, { found_date: '2025-13-01', plants: 1, area_m2: 1 }), 400,
      'area.field_invalid', 'found_date');
    assertError(await commune.post(`${A}/plant-finds`, { found_date: '2025-05-01', plants: -1, area_m2: 1 }), 400,
      'area.field_invalid', 'plants');
    assertError(await commune.post(`${A}/points`, { kind: 'bar', address: 'x', found_date: '2025-05-01' }), 400,
      'area.field_invalid', 'kind');
    assertError(await commune.get(`${A}/cases?year=abc`), 400, 'area.year_invalid', 'year');
    assertError(await commune.get(`${A}/classification?year=2024`), 400, 'area.year_invalid', 'year');
    assertError(await commune.get(`${A}/cases/abc`), 404, 'not_found');
  });

  test('a point moves one step at a time; one reappearing where a point was eliminated is re-formed', async () => {
    const commune = await fx.as('commune');
    const p = await commune.post(`${A}/points`, { kind: 'use_point', address: 'Số 9 đường Nguyễn Du',
      lat: 18.67, lon: 105.69, found_date: '2025-01-05' });
    assert.equal(p.status, 201, p.text);
    assert.equal(p.json.status, 'found');
    assert.equal(p.json.reformed, 0);
    assertError(await commune.post(`${A}/points/${p.json.id}/status`, { status: 'eliminated', date: '2025-02-01' }),
      409, 'area.point_transition', 'status');
    for (const [status, date] of [['verified', '2025-01-06'], ['being_dismantled', '2025-01-20'],
      ['eliminated', '2025-02-01']]) {
      const r = await commune.post(`${A}/points/${p.json.id}/status`, { status, date });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.status, status);
    }
    const history = await commune.get(`${A}/points/${p.json.id}/history`);
    assert.deepEqual(history.json.items.map((h: any) => h.to), ['verified', 'being_dismantled', 'eliminated']);
    const again = await commune.post(`${A}/points`, { kind: 'use_point', address: 'so 9 duong nguyen du',
      found_date: '2025-08-01' });
    assert.equal(again.json.reformed, 1);
    assert.equal(again.json.reformed_from, p.json.id);
    assertError(await (await fx.as('leader')).post(`${A}/points/${again.json.id}/status`,
      { status: 'verified', date: '2025-08-02' }), 403, 'auth.forbidden');
  });

  test('a commune is classified from its registries exactly as `pcmt classify` classifies its facts', async () => {
    const so = await fx.as('standing_office');
    assert.equal((await so.patch(`/api/v1/communes/${OTHER_COMMUNE}`, { population: 2000 })).status, 200);
    for (const address of ['Kiốt chợ', 'Nhà trọ số 4']) {
      const r = await so.post(`${A}/points`, { commune_code: OTHER_COMMUNE, kind: 'use_point', address,
        found_date: '2025-02-01' });
      assert.equal(r.status, 201, r.text);
    }
    for (const date of ['2024-12-14', '2024-12-15', '2025-12-14']) {
      const r = await so.post(`${A}/offenders`, { commune_code: OTHER_COMMUNE, full_name: 'Trần Văn C',
        arrest_date: date, residence_commune_code: COMMUNE });
      assert.equal(r.status, 201, r.text);
    }
    await so.post(`${A}/plant-finds`, { commune_code: OTHER_COMMUNE, found_date: '2025-04-01', plants: 600,
      area_m2: 20 });
    const route = await so.post(`${A}/routes`, { name: 'Quốc lộ 1A', scope: 'intra', active_from: '2025-01-01',
      communes: [OTHER_COMMUNE] });
    assert.equal(route.status, 201, route.text);

    const r = await so.get(`${A}/classification/${OTHER_COMMUNE}?year=2025`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.window, { from: '2024-12-15', to: '2025-12-14' });
    const c = r.json.commune;
    assert.deepEqual(c.facts, { population: 2000, managed_users: 0, use_points: 2, arrested_offenders: 2,
      plants: 600, plant_area_m2: 20, on_route: true, resident_users_not_excluded: 0, resident_violators: 0,
      wanted_hiding: 0 });
    assert.equal(r.json.records.points.length, 2);
    assert.equal(r.json.records.offenders.length, 2);
    assert.deepEqual(r.json.records.routes, [route.json.id]);

    const dir = mkdtempSync(path.join(tmpdir(), 'pcmt-areas-'));
    const file = path.join(dir, 'facts.json');
    writeFileSync(file, JSON.stringify({ year: 2025, province: { code: '40', on_inter_provincial_route: false },
      communes: [{ code: OTHER_COMMUNE, ...c.facts }] }));
    const cli = await fx.srv.pcmt(['classify', '--facts', file, '--explain']);
    assert.equal(cli.code, 0, cli.stderr);
    const core = JSON.parse(cli.stdout).communes[0];
    for (const key of ['type', 'criteria', 'drug_free', 'drug_free_unmet', 'rates_percent']) {
      assert.deepEqual(c[key], core[key], key);
    }
    assert.equal(c.type, 'I');

    const all = await so.get(`${A}/classification?year=2025`);
    assert.equal(all.status, 200, all.text);
    assert.equal(all.json.communes.length, 130);
    assert.equal(all.json.communes.find((x: any) => x.code === OTHER_COMMUNE).type, 'I');
    assert.equal(typeof all.json.province.key_complex === 'boolean' || all.json.province.key_complex === null, true);
  });

  test('missing population is reported, never zero; a commune user sees its commune only', async () => {
    const commune = await fx.as('commune');
    assert.equal((await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: null })).status, 200);
    const r = await commune.get(`${A}/classification/${COMMUNE}?year=2025`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.commune.facts.population, null);
    assert.ok(r.json.commune.missing.includes('population'), r.text);
    assertError(await commune.get(`${A}/classification/${OTHER_COMMUNE}?year=2025`), 404, 'not_found');
    const list = await commune.get(`${A}/classification?year=2025`);
    assert.deepEqual(list.json.communes.map((x: any) => x.code), [COMMUNE]);
    assert.equal(list.json.province, undefined);
    assertError(await (await fx.as('standing_office')).get(`${A}/classification?province=01&year=2025`), 404,
      'not_found');
  });

  test('drug-free workflow: proposed, reviewed, approved, exported and frozen; the roadmap counts it', async () => {
    const third = referenceCommunes(PROVINCE).map((c) => c.code).find((c) => c !== COMMUNE && c !== OTHER_COMMUNE)!;
    const so = await fx.as('standing_office');
    const leader = await fx.as('leader');
    assertError(await so.post(`${A}/drug-free`, { commune_code: OTHER_COMMUNE, year: 2025 }), 409,
      'area.drug_free_not_met');
    const proposed = await so.post(`${A}/drug-free`, { commune_code: third, year: 2025 });
    assert.equal(proposed.status, 201, proposed.text);
    assert.equal(proposed.json.evidence.commune.drug_free, true);
    const id = proposed.json.id;
    assertError(await leader.post(`${A}/drug-free/${id}/decision`,
      { approve: true, decision_number: '12/QĐ-UBND', decision_date: '2025-12-01' }), 409, 'area.drug_free_transition');
    assert.equal((await so.post(`${A}/drug-free/${id}/review`, { note: 'Đủ hồ sơ' })).json.status, 'reviewed');
    assertError(await leader.post(`${A}/drug-free/${id}/decision`, { approve: false }), 400, 'area.reason_required',
      'reason');
    // An approval is a formal decision: its number and date of issue are required, and kept.
    assertError(await leader.post(`${A}/drug-free/${id}/decision`, { approve: true, decision_date: '2025-12-01' }), 400,
      'area.decision_number_required', 'decision_number');
    assertError(await leader.post(`${A}/drug-free/${id}/decision`, { approve: true, decision_number: '12/QĐ-UBND' }), 400,
      'area.decision_date_invalid', 'decision_date');
    assertError(await leader.post(`${A}/drug-free/${id}/decision`,
      { approve: true, decision_number: '12/QĐ-UBND', decision_date: '2999-01-01' }), 400, 'area.decision_date_invalid',
      'decision_date');
    assert.equal((await leader.get(`${A}/drug-free/${id}`)).json.status, 'reviewed', 'a refused decision changes nothing');
    const approved = await leader.post(`${A}/drug-free/${id}/decision`,
      { approve: true, decision_number: ' 12/QĐ-UBND ', decision_date: '2025-12-01' });
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.json.status, 'approved');
    assert.deepEqual([approved.json.decision_number, approved.json.decision_date], ['12/QĐ-UBND', '2025-12-01']);
    const audit = await fx.admin.get('/api/v1/audit?action=area_drug_free.approved');
    assert.deepEqual(audit.json.items[0]?.detail, { decision_number: '12/QĐ-UBND', decision_date: '2025-12-01' });
    const list = await leader.get(`${A}/drug-free?year=2025`);
    assert.deepEqual(list.json.items.map((a: any) => [a.commune_code, a.status, a.at_risk]),
      [[third, 'approved', false]]);
    const x = await leader.get(`${A}/drug-free/export.xlsx?year=2025`);
    assert.equal(x.status, 200);
    assert.match(String(x.headers['content-type']), /spreadsheetml/);
    assert.equal(x.text.slice(0, 2), 'PK');
    assert.equal((await leader.post(`${A}/drug-free/freeze`, { year: 2025 })).status, 200);
    assertError(await so.post(`${A}/drug-free`, { commune_code: COMMUNE, year: 2025 }), 409, 'area.drug_free_frozen');

    const target = await leader.put(`${A}/roadmap/2025`, { target_share_bp: 2000, note: '≥ 20%' });
    assert.equal(target.status, 200, target.text);
    const y = target.json.items.find((i: any) => i.year === 2025);
    assert.deepEqual([y.target_communes, y.approved, y.met], [26, 1, false]);
    assertError(await leader.put(`${A}/roadmap/2026`, { target_count: 3, target_share_bp: 10 }), 400,
      'area.target_invalid');
  });
});
