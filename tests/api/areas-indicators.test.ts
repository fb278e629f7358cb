// Plan indicators over HTTP: cases of two evaluation years compared (+5% exactly met, "n/a" over a
// year without cases), resolved share > 90% (90% exactly is not), the province's own target set by
// the leadership and audited, the commune user's scope, validation codes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertError, auditRows, COMMUNE, OTHER_COMMUNE, PROVINCE, useFixture } from '../lib/fixtures.ts';
import { download, unzip, xmlText } from '../lib/office_files.ts';
import { engineFromEnv } from '../lib/server.ts';

const A = '/api/v1/areas';

function indicator(list: any[], code: string): any {
  const r = list.find((i) => i.indicator === code);
  assert.ok(r, code);
  return r;
}

function ofCommune(doc: any, code: string, ind: string): any {
  const c = doc.communes.find((x: any) => x.code === code);
  assert.ok(c, code);
  return indicator(c.indicators, ind);
}

describe(`areas indicators [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  test('cases of 2026 against 2025: +5% exactly is met, 90% resolved exactly is not above 90%', async () => {
    const so = await fx.as('standing_office');
    // 2025 = 15/12/2024 … 14/12/2025: 20 cases, the last one on 14/12/2025.
    for (let i = 0; i < 20; i++) {
      const case_date = i === 0 ? '2025-12-14' : '2025-06-01';
      const r = await so.post(`${A}/cases`, { commune_code: COMMUNE, case_date, status: 'tried', status_date: case_date });
      assert.equal(r.status, 201, r.text);
    }
    // 2026 starts on 15/12/2025: 21 cases, 18 of them prosecuted or tried, 3 under investigation.
    for (let i = 0; i < 21; i++) {
      const case_date = i === 0 ? '2025-12-15' : '2026-03-01';
      const r = await so.post(`${A}/cases`, { commune_code: COMMUNE, case_date, status_date: case_date,
        status: i < 9 ? 'prosecuted' : i < 18 ? 'tried' : 'investigating' });
      assert.equal(r.status, 201, r.text);
    }
    const r = await so.get(`${A}/indicators?year=2026`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.scope, 'province');
    assert.deepEqual(r.json.window, { year: 2026, from: '2025-12-15', to: '2026-12-14' });
    assert.deepEqual(r.json.previous_window, { year: 2025, from: '2024-12-15', to: '2025-12-14' });
    const change = ofCommune(r.json, COMMUNE, 'cases_change');
    assert.deepEqual([change.current, change.previous, change.change_bp, change.target, change.met],
      [21, 20, 500, 500, 'met']);
    const resolved = ofCommune(r.json, COMMUNE, 'cases_resolved');
    assert.deepEqual([resolved.part, resolved.whole, resolved.share_bp, resolved.met], [18, 21, 8571, 'not_met']);
    // The other commune has no case yet: nothing to compare.
    const none = ofCommune(r.json, OTHER_COMMUNE, 'cases_change');
    assert.equal(none.change_bp, null);
    assert.equal(none.met, 'no_data');
    assert.equal(indicator(r.json.total.indicators, 'cases_change').current, 21);
    assert.ok(r.json.can_set_targets);

    // Another commune: 9 of 10 cases tried is 90% exactly, not above 90%.
    for (let i = 0; i < 10; i++)
      await so.post(`${A}/cases`, { commune_code: OTHER_COMMUNE, case_date: '2026-04-01', status_date: '2026-04-01',
        status: i < 9 ? 'tried' : 'investigating' });
    const other = await so.get(`${A}/indicators?year=2026&commune=${OTHER_COMMUNE}`);
    assert.deepEqual(other.json.communes.map((c: any) => c.code), [OTHER_COMMUNE]);
    const ninety = ofCommune(other.json, OTHER_COMMUNE, 'cases_resolved');
    assert.deepEqual([ninety.part, ninety.whole, ninety.share_bp, ninety.met], [9, 10, 9000, 'not_met']);
    assert.equal(indicator(other.json.total.indicators, 'cases_change').current, 31);  // the total stays the province's

    // Two cases under investigation go to trial: 20 of 21 resolved.
    const open = await so.get(`${A}/cases?commune=${COMMUNE}&year=2026&page_size=200`);
    for (const c of open.json.items.filter((x: any) => x.status === 'investigating').slice(0, 2))
      assert.equal((await so.post(`${A}/cases/${c.id}/status`, { status: 'tried', date: '2026-05-01' })).status, 200);
    const after = await so.get(`${A}/indicators?year=2026&commune=${COMMUNE}`);
    assert.equal(ofCommune(after.json, COMMUNE, 'cases_resolved').met, 'met');
  });

  test('the leader sets the province target from a year on; audited; the default comes back on null', async () => {
    const leader = await fx.as('leader');
    const before = await leader.get(`${A}/indicators?year=2026`);
    const t0 = indicator(before.json.targets, 'cases_change');
    assert.equal(t0.origin, 'default');
    assert.match(t0.source, /plan-indicators-2025/);
    const set = await leader.put(`${A}/indicators/targets/cases_change`, { from_year: 2026, value: 1000,
      note: 'Chỉ tiêu riêng của tỉnh' });
    assert.equal(set.status, 200, set.text);
    const t1 = indicator(set.json.targets, 'cases_change');
    assert.deepEqual([t1.origin, t1.value, t1.from_year, t1.note], ['province', 1000, 2026, 'Chỉ tiêu riêng của tỉnh']);
    assert.ok(t1.set_by);
    assert.equal(ofCommune(set.json, COMMUNE, 'cases_change').met, 'not_met');  // +10% wanted now
    const audit = await auditRows(fx.admin, 'action=area_indicator_target.set');
    assert.equal(audit.length, 1);
    assert.equal(audit[0].object_id, PROVINCE);

    const reset = await leader.put(`${A}/indicators/targets/cases_change`, { from_year: 2026, value: null });
    assert.equal(reset.status, 200, reset.text);
    assert.equal(indicator(reset.json.targets, 'cases_change').origin, 'default');
  });

  test('the XLSX export holds the targets and every commune with its results in words; audited', async () => {
    const so = await fx.as('standing_office');
    const x = await download(so, `${A}/indicators/export.xlsx?year=2026`);
    assert.equal(x.status, 200, x.body.toString('utf8').slice(0, 300));
    assert.match(String(x.headers['content-type']), /spreadsheetml/);
    assert.match(String(x.headers['content-disposition']), /chi-tieu-2026\.xlsx/);
    const strings = xmlText(unzip(x.body).get('xl/sharedStrings.xml'));
    assert.match(strings, /Tăng từ 5% trở lên/);
    assert.match(strings, /Trên 90%/);
    assert.match(strings, /Toàn tỉnh/);
    assert.match(strings, /21 so với 20 \(\+5%\)/);
    assert.match(strings, /Chưa có số liệu/);
    assert.match(strings, /Phường Trường Vinh/);
    const audit = await auditRows(fx.admin, 'action=area_indicators.export');
    assert.equal(audit.length, 1);
    assert.match(JSON.stringify(audit[0].detail), /"year":2026/);
    // A commune user's workbook holds its commune only.
    const mine = await download(await fx.as('commune'), `${A}/indicators/export.xlsx?year=2026`);
    const own = xmlText(unzip(mine.body).get('xl/sharedStrings.xml'));
    assert.match(own, /Xã, phường của bạn/);
    assert.doesNotMatch(own, /Phường Trường Vinh/);
  });

  test('a commune user sees its commune only and may not set targets; bad input has stable codes', async () => {
    const commune = await fx.as('commune');
    const r = await commune.get(`${A}/indicators?year=2026`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.scope, 'commune');
    assert.deepEqual(r.json.communes.map((c: any) => c.code), [COMMUNE]);
    assert.equal(r.json.total.communes, 1);
    assert.equal(r.json.can_set_targets, false);
    assertError(await commune.get(`${A}/indicators?year=2026&commune=${OTHER_COMMUNE}`), 404, 'not_found');
    assertError(await commune.put(`${A}/indicators/targets/cases_change`, { from_year: 2026, value: 600 }), 403,
      'auth.forbidden');

    const so = await fx.as('standing_office');
    assertError(await so.get(`${A}/indicators?year=2024`), 400, 'area.year_invalid', 'year');
    assertError(await so.get(`${A}/indicators?year=abc`), 400, 'area.year_invalid', 'year');
    assertError(await so.put(`${A}/indicators/targets/cases_growth`, { from_year: 2026, value: 600 }), 400,
      'area.indicator_invalid', 'indicator');
    assertError(await so.put(`${A}/indicators/targets/cases_resolved`, { from_year: 2026, value: 10000 }), 400,
      'area.target_invalid', 'value');
    assertError(await so.put(`${A}/indicators/targets/cases_resolved`, { from_year: 2026 }), 400,
      'area.target_invalid', 'value');
    assertError(await so.put(`${A}/indicators/targets/cases_resolved`, { value: 9500 }), 400, 'area.year_invalid',
      'from_year');
  });
});
