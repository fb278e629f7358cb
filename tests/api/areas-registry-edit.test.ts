// Correcting and removing area registry rows over HTTP: PATCH validated like creation and audited
// with old and new values (names only for personal fields), DELETE with a required reason, refused
// with 409 where another row points at it; scope (another commune is 404) on both.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertError, auditRows, COMMUNE, OTHER_COMMUNE, useFixture } from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

const A = '/api/v1/areas';
const reason = (text: string) => `reason=${encodeURIComponent(text)}`;

describe(`areas registry edit [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  test('a point moved to another address is audited with the old and new place; its status stays', async () => {
    const commune = await fx.as('commune');
    const p = await commune.post(`${A}/points`, { kind: 'hotspot', address: 'Số 5 ngõ 3', found_date: '2025-02-01' });
    assert.equal(p.status, 201, p.text);
    const r = await commune.patch(`${A}/points/${p.json.id}`, {
      address: 'Bãi đất trống thôn 2', lat: 18.67, lon: 105.69, status: 'eliminated',
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.address, 'Bãi đất trống thôn 2');
    assert.equal(r.json.status, 'found');
    const [row] = await auditRows(fx.admin, 'action=area_point.update');
    assert.equal(row.object_id, String(p.json.id));
    assert.deepEqual(row.detail.changes.address, { from: 'Số 5 ngõ 3', to: 'Bãi đất trống thôn 2' });
    assert.deepEqual(row.detail.changes.lat, { from: null, to: 18.67 });

    assertError(await commune.patch(`${A}/points/${p.json.id}`, { kind: 'bar' }), 400, 'area.field_invalid', 'kind');
    assertError(await commune.patch(`${A}/points/${p.json.id}`, { address: '' }), 400, 'area.field_invalid', 'address');
    const office = await fx.as('standing_office');
    const theirs = await office.post(`${A}/points`, {
      commune_code: OTHER_COMMUNE, kind: 'retail', address: 'Chợ', found_date: '2025-02-01',
    });
    assertError(await commune.patch(`${A}/points/${theirs.json.id}`, { address: 'x' }), 404, 'not_found');
  });

  test('an offender is linked to its case and a registered person; names stay out of the audit', async () => {
    const office = await fx.as('standing_office');
    const person = await office.post('/api/v1/people', {
      personal_id: '040090000777', full_name: 'Hồ Văn Khải', birth_date: '1990-05-01', sex: 'male', commune_code: COMMUNE,
    });
    assert.equal(person.status, 201, person.text);
    const c = await office.post(`${A}/cases`, { commune_code: COMMUNE, case_date: '2025-03-02', status: 'investigating' });
    const o = await office.post(`${A}/offenders`, { commune_code: COMMUNE, full_name: 'Hồ Văn Khai', arrest_date: '2025-03-02' });
    const r = await office.patch(`${A}/offenders/${o.json.id}`, {
      full_name: 'Hồ Văn Khải', person_id: person.json.id, case_id: c.json.id,
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.person_id, person.json.id);
    assert.equal(r.json.case_id, c.json.id);
    const [row] = await auditRows(fx.admin, 'action=area_offender.update');
    assert.deepEqual([...row.detail.fields].sort(), ['case_id', 'full_name', 'person_id']);
    assert.ok(!JSON.stringify(row).includes('Khải'), JSON.stringify(row));

    // The case now has an offender: deleting it is refused and says so.
    const refused = await office.delete(`${A}/cases/${c.json.id}?${reason('Ghi trùng')}`);
    assertError(refused, 409, 'area.case_has_offenders');
    assert.match(refused.json.message, /1 đối tượng/);
    assert.equal((await office.patch(`${A}/offenders/${o.json.id}`, { case_id: null })).status, 200);
    assert.equal((await office.delete(`${A}/cases/${c.json.id}?${reason('Ghi trùng')}`)).status, 204);
  });

  test('the old point of a re-formed point is kept until the re-formed one goes', async () => {
    const office = await fx.as('standing_office');
    const old = await office.post(`${A}/points`, { commune_code: COMMUNE, kind: 'hotspot', address: 'Chợ cũ', found_date: '2025-01-02' });
    for (const [status, date] of [['verified', '2025-01-03'], ['being_dismantled', '2025-01-04'], ['eliminated', '2025-01-05']]) {
      assert.equal((await office.post(`${A}/points/${old.json.id}/status`, { status, date })).status, 200);
    }
    const again = await office.post(`${A}/points`, { commune_code: COMMUNE, kind: 'hotspot', address: 'chợ cũ', found_date: '2025-06-01' });
    assert.equal(again.json.reformed_from, old.json.id);
    assertError(await office.delete(`${A}/points/${old.json.id}?${reason('Trùng')}`), 409, 'area.point_referenced');
    assert.equal((await office.delete(`${A}/points/${again.json.id}?${reason('Ghi trùng')}`)).status, 204);
    assert.equal((await office.delete(`${A}/points/${old.json.id}?${reason('Ghi trùng')}`)).status, 204);
  });

  test('a wanted person is closed with until_date, never before since_date', async () => {
    const commune = await fx.as('commune');
    const w = await commune.post(`${A}/wanted`, { full_name: 'Trần C', since_date: '2025-02-01' });
    assertError(await commune.patch(`${A}/wanted/${w.json.id}`, { until_date: '2025-01-01' }), 400, 'area.date_order',
      'until_date');
    const r = await commune.patch(`${A}/wanted/${w.json.id}`, { until_date: '2025-06-01' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.until_date, '2025-06-01');
  });

  test('a deletion needs a reason, is audited with it, and is 404 out of scope', async () => {
    const commune = await fx.as('commune');
    const f = await commune.post(`${A}/plant-finds`, { found_date: '2025-05-01', plants: 40, area_m2: 12.5 });
    assertError(await commune.delete(`${A}/plant-finds/${f.json.id}`), 400, 'area.reason_required', 'reason');
    const theirs = await (await fx.as('standing_office')).post(`${A}/plant-finds`, {
      commune_code: OTHER_COMMUNE, found_date: '2025-05-01', plants: 1, area_m2: 1,
    });
    assertError(await commune.delete(`${A}/plant-finds/${theirs.json.id}?${reason('x')}`), 404, 'not_found');
    const leader = await fx.as('leader');
    assertError(await leader.delete(`${A}/plant-finds/${f.json.id}?${reason('x')}`), 403, 'auth.forbidden');
    assert.equal((await commune.delete(`${A}/plant-finds/${f.json.id}?${reason('Ghi nhầm xã')}`)).status, 204);
    assertError(await commune.get(`${A}/plant-finds/${f.json.id}`), 404, 'not_found');
    const [row] = await auditRows(fx.admin, 'action=area_plant_find.delete');
    assert.equal(row.reason, 'Ghi nhầm xã');
  });

  test("a route's communes are replaced and audited; its deletion takes a reason", async () => {
    const office = await fx.as('standing_office');
    const r = await office.post(`${A}/routes`, { name: 'QL 1A', scope: 'intra', active_from: '2025-01-01', communes: [COMMUNE] });
    assert.equal(r.status, 201, r.text);
    const u = await office.patch(`${A}/routes/${r.json.id}`, { communes: [OTHER_COMMUNE, COMMUNE], active_to: '2025-12-31' });
    assert.equal(u.status, 200, u.text);
    assert.deepEqual(u.json.communes, [COMMUNE, OTHER_COMMUNE].sort());
    const [row] = await auditRows(fx.admin, 'action=area_route.update');
    assert.deepEqual(row.detail.changes.communes, { from: [COMMUNE], to: [COMMUNE, OTHER_COMMUNE].sort() });
    assertError(await office.patch(`${A}/routes/${r.json.id}`, { active_to: '2024-01-01' }), 400, 'area.date_order', 'active_to');
    assertError(await office.delete(`${A}/routes/${r.json.id}`), 400, 'area.reason_required');
    assert.equal((await office.delete(`${A}/routes/${r.json.id}?${reason('Không còn là tuyến trọng điểm')}`)).status, 204);
  });
});
