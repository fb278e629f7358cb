// A drug case's status history over HTTP: a change carries the date it took effect (not after today,
// not before the case or the current status), one audited transaction; the share of cases resolved of
// a past evaluation year reads the status each case had on the window's last day, so a later change
// does not rewrite it; a commune user moves its own commune's cases only.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertError, auditRows, COMMUNE, OTHER_COMMUNE, useFixture } from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

const A = '/api/v1/areas';

/** Today in Vietnam (UTC+7), the server's default date of a change. */
function vnToday(days = 0): string {
  return new Date(Date.now() + 7 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);
}

function resolved(doc: any, code: string): any {
  const c = doc.communes.find((x: any) => x.code === code);
  assert.ok(c, code);
  return c.indicators.find((i: any) => i.indicator === 'cases_resolved');
}

describe(`areas case status history [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  test('a change is dated, validated with stable codes, audited, and listed in the history', async () => {
    const commune = await fx.as('commune');
    const created = await commune.post(`${A}/cases`, { case_date: '2026-01-10', status: 'investigating', reference: '1/VA' });
    assert.equal(created.status, 201, created.text);
    const id = created.json.id;
    // Under investigation from its detection.
    assert.equal(created.json.status_date, '2026-01-10');
    assert.equal(created.json.status_date_known, 1);

    const move = (body: object) => commune.post(`${A}/cases/${id}/status`, body);
    assertError(await move({ status: 'prosecuted', date: '2026-01-09' }), 400, 'area.date_order', 'date');
    assertError(await move({ status: 'prosecuted', date: vnToday(2) }), 400, 'area.date_in_future', 'date');
    assertError(await move({ status: 'prosecuted', date: '2026-02-30' }), 400, 'area.field_invalid', 'date');
    assertError(await move({ status: 'closed', date: '2026-02-01' }), 400, 'area.field_invalid', 'status');
    assertError(await move({ status: 'investigating', date: '2026-02-01' }), 409, 'area.case_status_unchanged', 'status');
    assertError(await (await fx.as('leader')).post(`${A}/cases/${id}/status`, { status: 'tried', date: '2026-02-01' }),
      403, 'auth.forbidden');
    // A correction cannot change the status: it has its own dated move.
    assertError(await commune.patch(`${A}/cases/${id}`, { status: 'tried' }), 400, 'area.field_create_only', 'status');
    assert.equal((await commune.get(`${A}/cases/${id}`)).json.status, 'investigating');

    const prosecuted = await move({ status: 'prosecuted', date: '2026-03-01', note: 'Quyết định khởi tố bị can' });
    assert.equal(prosecuted.status, 200, prosecuted.text);
    assert.equal(prosecuted.json.status, 'prosecuted');
    assert.equal(prosecuted.json.status_date, '2026-03-01');
    assertError(await move({ status: 'tried', date: '2026-02-28' }), 400, 'area.date_order', 'date');
    // Without a date the change takes effect today (Vietnam time).
    const tried = await move({ status: 'tried' });
    assert.equal(tried.status, 200, tried.text);
    assert.equal(tried.json.status_date, vnToday());

    const history = await commune.get(`${A}/cases/${id}/history`);
    assert.equal(history.status, 200, history.text);
    assert.deepEqual(history.json.items.map((h: any) => [h.status, h.date, h.date_known]),
      [['investigating', '2026-01-10', true], ['prosecuted', '2026-03-01', true], ['tried', vnToday(), true]]);
    assert.equal(history.json.items[1].note, 'Quyết định khởi tố bị can');
    const rows = await auditRows(fx.admin, 'action=area_case.status');
    assert.deepEqual(rows.filter((r) => r.object_id === String(id)).map((r) => r.detail).reverse(), [
      { from: 'investigating', to: 'prosecuted', date: '2026-03-01' },
      { from: 'prosecuted', to: 'tried', date: vnToday() },
    ]);
  });

  test('recording a case dates its first status; the case date carries the statuses dated on it', async () => {
    const so = await fx.as('standing_office');
    const post = (body: object) => so.post(`${A}/cases`, { commune_code: COMMUNE, ...body });
    assertError(await post({ case_date: '2026-02-01', status: 'tried', status_date: '2026-01-31' }), 400,
      'area.date_order', 'status_date');
    assertError(await post({ case_date: '2026-02-01', status: 'tried', status_date: vnToday(2) }), 400,
      'area.date_in_future', 'status_date');
    // Recorded as already tried without a date: resolved from today, when it became known.
    const known = await post({ case_date: '2026-02-01', status: 'tried' });
    assert.equal(known.json.status_date, vnToday());

    const c = await post({ case_date: '2026-02-01', status: 'investigating' });
    const id = c.json.id;
    await so.post(`${A}/cases/${id}/status`, { status: 'prosecuted', date: '2026-04-01' });
    const corrected = await so.patch(`${A}/cases/${id}`, { case_date: '2026-02-03' });
    assert.equal(corrected.status, 200, corrected.text);
    const history = await so.get(`${A}/cases/${id}/history`);
    assert.deepEqual(history.json.items.map((h: any) => [h.status, h.date]),
      [['investigating', '2026-02-03'], ['prosecuted', '2026-04-01']]);
    // The case cannot be dated after its prosecution; nothing changes.
    assertError(await so.patch(`${A}/cases/${id}`, { case_date: '2026-04-02' }), 400, 'area.date_order', 'case_date');
    assert.equal((await so.get(`${A}/cases/${id}`)).json.case_date, '2026-02-03');
  });

  test('a past year\'s share of cases resolved is read on its last day: a later change does not rewrite it', async () => {
    const so = await fx.as('standing_office');
    // 2025 = 15/12/2024 … 14/12/2025.
    const add = async (status_date: string, status = 'prosecuted') => {
      const r = await so.post(`${A}/cases`, { commune_code: OTHER_COMMUNE, case_date: '2025-06-01', status, status_date });
      assert.equal(r.status, 201, r.text);
      return r.json.id as number;
    };
    await add('2025-12-14');                       // prosecuted on the window's last day: resolved
    const open = await add('2025-06-01', 'investigating');
    const reopened = await add('2025-07-01');       // prosecuted in the window, sent back for investigation later
    const before = await so.get(`${A}/indicators?year=2025&commune=${OTHER_COMMUNE}`);
    assert.equal(before.status, 200, before.text);
    assert.deepEqual([resolved(before.json, OTHER_COMMUNE).part, resolved(before.json, OTHER_COMMUNE).whole], [2, 3]);

    // After the window: the open case is prosecuted, the other goes back to investigation.
    assert.equal((await so.post(`${A}/cases/${open}/status`, { status: 'prosecuted', date: '2025-12-15' })).status, 200);
    assert.equal((await so.post(`${A}/cases/${reopened}/status`, { status: 'investigating', date: '2026-01-20' })).status,
      200);
    const after = await so.get(`${A}/indicators?year=2025&commune=${OTHER_COMMUNE}`);
    assert.deepEqual(resolved(after.json, OTHER_COMMUNE), resolved(before.json, OTHER_COMMUNE));
    // The list shows the current statuses.
    const list = await so.get(`${A}/cases?commune=${OTHER_COMMUNE}&year=2025`);
    assert.deepEqual(list.json.items.map((c: any) => c.status).sort(), ['investigating', 'prosecuted', 'prosecuted']);
  });

  test('a commune user cannot move or read the history of another commune\'s case', async () => {
    const commune = await fx.as('commune');
    const theirs = await fx.admin.post(`${A}/cases`, { commune_code: OTHER_COMMUNE, case_date: '2026-02-01',
      status: 'investigating' });
    assert.equal(theirs.status, 201, theirs.text);
    assertError(await commune.post(`${A}/cases/${theirs.json.id}/status`, { status: 'prosecuted', date: '2026-03-01' }),
      404, 'not_found');
    assertError(await commune.get(`${A}/cases/${theirs.json.id}/history`), 404, 'not_found');
    const still = await fx.admin.get(`${A}/cases/${theirs.json.id}/history`);
    assert.deepEqual(still.json.items.map((h: any) => h.status), ['investigating']);
  });
});
