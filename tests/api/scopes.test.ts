// Roles and scopes: who sees and changes what. Out-of-scope ids answer 404, never another unit's data.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ApiClient } from '../lib/client.ts';
import {
  assertError, COMMUNE, FOREIGN_COMMUNE, OTHER_COMMUNE, PROVINCE, useFixture, type Role,
} from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

const IMPORT = `/api/v1/communes/population-import?province=${PROVINCE}`;
const csv = (code: string, population: number) => ({ raw: `commune_code,population\n${code},${population}\n`, contentType: 'text/csv' });

describe(`scopes and roles [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  const clients = {} as Record<Role, ApiClient>;
  before(async () => {
    for (const role of Object.keys(fx.users) as Role[]) clients[role] = await fx.as(role);
  });

  const population = async (code: string) => (await clients.admin.get(`/api/v1/communes/${code}`)).json.population;

  test('a commune user sees only its own commune in the list, whatever the filters', async () => {
    const c = clients.commune;
    for (const q of ['', `?province=${PROVINCE}`, `?province=${PROVINCE}&q=vinh`, '?page_size=200', '?province=01']) {
      const r = await c.get(`/api/v1/communes${q}`);
      assert.equal(r.status, 200, r.text);
      for (const item of r.json.items) assert.equal(item.code, COMMUNE, `${q} leaked ${item.code}`);
      if (!q.includes('province=01')) {
        assert.equal(r.json.total, 1, q);
        assert.equal(r.json.items[0].name, 'Phường Thành Vinh');
      }
    }
    const other = await c.get(`/api/v1/communes?province=${PROVINCE}&q=truong%20vinh`);
    assert.equal(other.json.total, 0);
  });

  test("another commune is 404 for a commune user, read or write, and is not changed", async () => {
    const c = clients.commune;
    const before = await population(OTHER_COMMUNE);
    assertError(await c.get(`/api/v1/communes/${OTHER_COMMUNE}`), 404, 'not_found');
    assertError(await c.get(`/api/v1/communes/${FOREIGN_COMMUNE}`), 404, 'not_found');
    assertError(await c.patch(`/api/v1/communes/${OTHER_COMMUNE}`, { population: 1 }), 404, 'not_found');
    assert.equal(await population(OTHER_COMMUNE), before);
    // Same answer as for a commune that does not exist: nothing is revealed.
    const missing = await c.get('/api/v1/communes/99999');
    const hidden = await c.get(`/api/v1/communes/${OTHER_COMMUNE}`);
    assert.deepEqual(hidden.json, missing.json);
  });

  test('a commune user may edit its own commune', async () => {
    const r = await clients.commune.patch(`/api/v1/communes/${COMMUNE}`, { population: 26000, is_border: true });
    assert.equal(r.status, 200, r.text);
    assert.equal(await population(COMMUNE), 26000);
  });

  test('a commune user cannot import populations', async () => {
    assertError(await clients.commune.post(IMPORT, undefined, csv(COMMUNE, 1)), 403, 'auth.forbidden');
    assert.equal(await population(COMMUNE), 26000);
  });

  test('an agency user cannot change communes (403)', async () => {
    const before = await population(OTHER_COMMUNE);
    assertError(await clients.agency.patch(`/api/v1/communes/${OTHER_COMMUNE}`, { population: 3 }), 403, 'auth.forbidden');
    assertError(await clients.agency.post(IMPORT, undefined, csv(OTHER_COMMUNE, 3)), 403, 'auth.forbidden');
    assert.equal(await population(OTHER_COMMUNE), before);
  });

  test('a leader reads the whole province but changes nothing', async () => {
    const l = clients.leader;
    const list = await l.get(`/api/v1/communes?province=${PROVINCE}`);
    assert.equal(list.status, 200);
    assert.equal(list.json.total, 130);
    assert.equal((await l.get(`/api/v1/communes/${OTHER_COMMUNE}`)).status, 200);
    const before = await population(OTHER_COMMUNE);
    assertError(await l.patch(`/api/v1/communes/${OTHER_COMMUNE}`, { population: 5 }), 403, 'auth.forbidden');
    assertError(await l.post(IMPORT, undefined, csv(OTHER_COMMUNE, 5)), 403, 'auth.forbidden');
    assertError(await l.post('/api/v1/agencies', { name: 'Ban Thử nghiệm', kind: 'ban', aliases: [] }), 403, 'auth.forbidden');
    assert.equal(await population(OTHER_COMMUNE), before);
  });

  test('the standing office edits and imports for the province', async () => {
    const s = clients.standing_office;
    assert.equal((await s.patch(`/api/v1/communes/${OTHER_COMMUNE}`, { population: 7000 })).status, 200);
    const r = await s.post(IMPORT, undefined, csv(OTHER_COMMUNE, 7100));
    assert.equal(r.status, 200, r.text);
    assert.equal(await population(OTHER_COMMUNE), 7100);
  });

  test('province users get 404 for a commune of another province', async () => {
    for (const role of ['standing_office', 'leader'] as Role[]) {
      assertError(await clients[role].get(`/api/v1/communes/${FOREIGN_COMMUNE}`), 404, 'not_found');
    }
    assertError(await clients.standing_office.patch(`/api/v1/communes/${FOREIGN_COMMUNE}`, { population: 1 }), 404, 'not_found');
    const list = await clients.leader.get('/api/v1/communes?province=01');
    if (list.status === 200) assert.deepEqual(list.json.items, [], 'another province\'s communes leaked');
    else assert.ok(list.status === 403 || list.status === 404, `got ${list.status}`);
  });

  test('provinces: admin sees all 34, others only their own', async () => {
    const all = await clients.admin.get('/api/v1/provinces');
    assert.equal(all.status, 200);
    assert.equal(all.json.items.length, 34);
    const nghean = all.json.items.find((p: any) => p.code === '40');
    assert.deepEqual(nghean, { code: '40', name: 'Nghệ An', commune_count: 130 });
    for (const role of ['standing_office', 'leader', 'commune', 'agency', 'auditor'] as Role[]) {
      const r = await clients[role].get('/api/v1/provinces');
      assert.equal(r.status, 200, `${role}: ${r.text}`);
      assert.deepEqual(r.json.items.map((p: any) => p.code), ['40'], role);
    }
  });

  test('only admin may manage users: everyone else gets 403 on /users', async () => {
    for (const role of ['standing_office', 'leader', 'agency', 'commune', 'auditor'] as Role[]) {
      assertError(await clients[role].get('/api/v1/users'), 403, 'auth.forbidden');
      assertError(await clients[role].post('/api/v1/users', { username: `x_${role}`, full_name: 'X', role: 'admin',
        scope: 'province:40', password: 'Mat-khau-dai-du-1' }), 403, 'auth.forbidden');
      assertError(await clients[role].patch('/api/v1/users/1', { role: 'admin' }), 403, 'auth.forbidden');
    }
    assert.equal((await clients.admin.get('/api/v1/users')).status, 200);
    const names = (await clients.admin.get('/api/v1/users?page_size=200')).json.items.map((u: any) => u.username);
    for (const role of ['standing_office', 'leader', 'agency', 'commune', 'auditor']) assert.ok(!names.includes(`x_${role}`));
  });

  test('the auditor and admin read the audit log; other roles get 403', async () => {
    for (const role of ['auditor', 'admin'] as Role[]) {
      const r = await clients[role].get('/api/v1/audit');
      assert.equal(r.status, 200, `${role}: ${r.text}`);
      assert.ok(r.json.items.length > 0);
      assert.equal((await clients[role].get('/api/v1/audit/verify')).status, 200);
    }
    for (const role of ['standing_office', 'leader', 'agency', 'commune'] as Role[]) {
      assertError(await clients[role].get('/api/v1/audit'), 403, 'auth.forbidden');
      assertError(await clients[role].get('/api/v1/audit/verify'), 403, 'auth.forbidden');
    }
  });

  test('the auditor cannot change communes', async () => {
    assertError(await clients.auditor.patch(`/api/v1/communes/${COMMUNE}`, { population: 9 }), 403, 'auth.forbidden');
  });

  test('agencies: listed for the province; created by admin and standing office only', async () => {
    const list = await clients.leader.get(`/api/v1/agencies?province=${PROVINCE}`);
    assert.equal(list.status, 200, list.text);
    assert.ok(list.json.total > 0);
    assert.equal(list.json.page, 1);
    for (const a of list.json.items) {
      assert.deepEqual(Object.keys(a).sort(), ['aliases', 'code', 'id', 'kind', 'name', 'province_code']);
      assert.equal(a.province_code, '40');
    }
    const created = await clients.standing_office.post('/api/v1/agencies',
      { name: 'Ban Chỉ đạo Thử nghiệm', kind: 'ban', aliases: ['BCĐ TN'] });
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(Object.keys(created.json).sort(), ['aliases', 'code', 'id', 'kind', 'name', 'province_code']);
    assert.equal(typeof created.json.id, 'number');
    assert.equal(created.json.name, 'Ban Chỉ đạo Thử nghiệm');
    assert.equal(created.json.province_code, '40');
    assert.deepEqual(created.json.aliases, ['BCĐ TN']);
    const found = await clients.leader.get(`/api/v1/agencies?province=${PROVINCE}&q=${encodeURIComponent('bcd tn')}`);
    assert.ok(found.json.items.some((a: any) => a.id === created.json.id), `alias search: ${found.text}`);
    for (const role of ['commune', 'agency', 'auditor'] as Role[]) {
      assertError(await clients[role].post('/api/v1/agencies', { name: `Ban ${role}`, kind: 'ban', aliases: [] }),
        403, 'auth.forbidden');
    }
  });
});
