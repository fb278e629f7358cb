// User administration by the admin: create, conflicts, scope rules, disable, re-scope, password reset.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { assertError, COMMUNE, OTHER_COMMUNE, PASSWORD, useFixture } from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

const NEW_PASSWORD = 'Mat-khau-moi-cua-xa-2';

/** Replaces the password an admin chose, as its user must before doing anything else. */
async function setOwnPassword(c: ApiClient, current: string): Promise<string> {
  const mine = `${current}-rieng`;
  const r = await c.post('/api/v1/me/password', { current_password: current, new_password: mine });
  assert.equal(r.status, 204, r.text);
  return mine;
}

describe(`users [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  const create = (u: Record<string, unknown>) => fx.admin.post('/api/v1/users', u);

  test('admin creates a commune user: 201 with the documented shape, and the user can log in', async () => {
    const r = await create({ username: 'cx_thanhvinh', full_name: 'Nguyễn Văn A', role: 'commune',
      scope: `commune:${COMMUNE}`, password: PASSWORD });
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.json, {
      id: r.json.id, username: 'cx_thanhvinh', full_name: 'Nguyễn Văn A', role: 'commune',
      scope: { kind: 'commune', id: COMMUNE, name: 'Phường Thành Vinh' }, province_code: '40', disabled: false,
      must_change_password: true,
    });
    assert.equal(typeof r.json.id, 'number');
    const c = await fx.login('cx_thanhvinh');
    assert.equal((await c.get('/api/v1/me')).json.user.id, r.json.id);
  });

  test('a password the admin chose must be changed before anything else works', async () => {
    const c = await fx.login('cx_thanhvinh');
    const me = await c.get('/api/v1/me');
    assert.equal(me.status, 200);
    assert.equal(me.json.user.must_change_password, true);
    assertError(await c.get('/api/v1/communes'), 403, 'auth.password_change_required');
    assertError(await c.get(`/api/v1/communes/${COMMUNE}`), 403, 'auth.password_change_required');
    assertError(await c.patch(`/api/v1/communes/${COMMUNE}`, { population: 1 }), 403, 'auth.password_change_required');
    assertError(await c.get('/api/v1/provinces'), 403, 'auth.password_change_required');
    await setOwnPassword(c, PASSWORD);
    assert.equal((await c.get('/api/v1/me')).json.user.must_change_password, false);
    assert.deepEqual((await c.get('/api/v1/communes')).json.items.map((x: any) => x.code), [COMMUNE]);
    // Logging out is always allowed, even before the change.
    const u = await create({ username: 'must_change_out', full_name: 'Đăng xuất', role: 'leader', scope: 'province:40',
      password: PASSWORD });
    const d = await fx.login(u.json.username);
    assert.equal((await d.logout()).status, 204);
  });

  test('users list: paginated, searchable without diacritics', async () => {
    const r = await fx.admin.get('/api/v1/users?q=nguyen%20van%20a');
    assert.equal(r.status, 200, r.text);
    assert.ok(r.json.items.some((u: any) => u.username === 'cx_thanhvinh'), r.text);
    for (const u of r.json.items) assert.ok(!('password_hash' in u) && !('password' in u));
    const all = await fx.admin.get('/api/v1/users?page=1&page_size=2');
    assert.equal(all.json.items.length, 2);
    assert.ok(all.json.total >= 7);
  });

  test('a duplicate username is 409 user.username_taken', async () => {
    const r = await create({ username: 'cx_thanhvinh', full_name: 'Người khác', role: 'leader', scope: 'province:40',
      password: PASSWORD });
    assertError(r, 409, 'user.username_taken');
  });

  test('role and scope must match: 400 user.scope_invalid, and nothing is created', async () => {
    const cases: Array<[string, string]> = [
      ['commune', 'province:40'],
      ['commune', `agency:${fx.agencyId}`],
      ['agency', `commune:${COMMUNE}`],
      ['agency', 'province:40'],
      ['leader', `commune:${COMMUNE}`],
      ['admin', `commune:${COMMUNE}`],
      ['standing_office', `agency:${fx.agencyId}`],
      ['auditor', `commune:${COMMUNE}`],
      ['commune', 'commune:99999'],
      ['agency', 'agency:999999'],
      ['leader', 'province:99'],
      ['commune', 'commune:'],
      ['commune', 'village:1'],
    ];
    for (const [role, scope] of cases) {
      const username = `bad_${role}_${scope.replace(/\W/g, '_')}`;
      const r = await create({ username, full_name: 'Sai phạm vi', role, scope, password: PASSWORD });
      assertError(r, 400, 'user.scope_invalid');
      const list = await fx.admin.get(`/api/v1/users?q=${username}`);
      assert.ok(!list.json.items.some((u: any) => u.username === username), `${username} was created`);
    }
  });

  test('other bad input is 400 with a field', async () => {
    const good = { username: 'okname', full_name: 'Tên', role: 'leader', scope: 'province:40', password: PASSWORD };
    const r1 = await create({ ...good, role: 'superuser' });
    assert.equal(r1.status, 400, r1.text);
    assert.equal(r1.json.field, 'role');
    const r2 = await create({ ...good, password: 'short' });
    assertError(r2, 400, 'auth.weak_password');
    const r3 = await create({ ...good, username: '' });
    assert.equal(r3.status, 400, r3.text);
    assert.equal(r3.json.field, 'username');
  });

  test('disable: the user can no longer log in; enable again: it can', async () => {
    const u = await create({ username: 'to_disable', full_name: 'Tạm khóa', role: 'leader', scope: 'province:40',
      password: PASSWORD });
    assert.equal(u.status, 201, u.text);
    const off = await fx.admin.patch(`/api/v1/users/${u.json.id}`, { disabled: true });
    assert.equal(off.status, 200, off.text);
    assert.equal(off.json.disabled, true);
    assertError(await new ApiClient(fx.srv.baseUrl).post('/api/v1/auth/login', { username: 'to_disable', password: PASSWORD }),
      401, 'auth.invalid_credentials');
    const on = await fx.admin.patch(`/api/v1/users/${u.json.id}`, { disabled: false });
    assert.equal(on.json.disabled, false);
    await fx.login('to_disable');
  });

  test("re-scope: the user's view changes to the new commune", async () => {
    const u = await create({ username: 'mover', full_name: 'Chuyển công tác', role: 'commune', scope: `commune:${COMMUNE}`,
      password: PASSWORD });
    assert.equal(u.status, 201, u.text);
    const c = await fx.login('mover');
    const mine = await setOwnPassword(c, PASSWORD);
    assert.deepEqual((await c.get('/api/v1/communes')).json.items.map((x: any) => x.code), [COMMUNE]);
    const r = await fx.admin.patch(`/api/v1/users/${u.json.id}`, { scope: `commune:${OTHER_COMMUNE}` });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.scope, { kind: 'commune', id: OTHER_COMMUNE, name: 'Phường Trường Vinh' });
    // Whether the open session continues or must log in again, the old commune is out of reach.
    let view = c;
    if ((await c.get('/api/v1/me')).status === 401) view = await fx.login('mover', mine);
    assert.deepEqual((await view.get('/api/v1/communes')).json.items.map((x: any) => x.code), [OTHER_COMMUNE]);
    assertError(await view.get(`/api/v1/communes/${COMMUNE}`), 404, 'not_found');
    assert.equal((await view.get(`/api/v1/communes/${OTHER_COMMUNE}`)).status, 200);
  });

  test('re-scope to a scope that does not fit the role is 400 user.scope_invalid', async () => {
    const list = await fx.admin.get('/api/v1/users?q=mover');
    const id = list.json.items.find((u: any) => u.username === 'mover').id;
    assertError(await fx.admin.patch(`/api/v1/users/${id}`, { scope: 'province:40' }), 400, 'user.scope_invalid');
    assertError(await fx.admin.patch(`/api/v1/users/${id}`, { role: 'leader' }), 400, 'user.scope_invalid');
    const ok = await fx.admin.patch(`/api/v1/users/${id}`, { role: 'leader', scope: 'province:40' });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.json.role, 'leader');
  });

  test('password reset by the admin: the old password stops working, the new one works', async () => {
    const u = await create({ username: 'forgetful', full_name: 'Hay quên', role: 'leader', scope: 'province:40',
      password: PASSWORD });
    const r = await fx.admin.patch(`/api/v1/users/${u.json.id}`, { password: NEW_PASSWORD });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.must_change_password, true, 'a password the admin set must be replaced by its user');
    assertError(await new ApiClient(fx.srv.baseUrl).post('/api/v1/auth/login', { username: 'forgetful', password: PASSWORD }),
      401, 'auth.invalid_credentials');
    const c = await fx.login('forgetful', NEW_PASSWORD);
    assertError(await c.get('/api/v1/communes'), 403, 'auth.password_change_required');
    assertError(await fx.admin.patch(`/api/v1/users/${u.json.id}`, { password: 'short' }), 400, 'auth.weak_password');
  });

  test('the full name can be changed, and is stored in NFC', async () => {
    const list = await fx.admin.get('/api/v1/users?q=forgetful');
    const id = list.json.items.find((u: any) => u.username === 'forgetful').id;
    const decomposed = 'Lê Thị Hồng'.normalize('NFD');
    const r = await fx.admin.patch(`/api/v1/users/${id}`, { full_name: decomposed });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.full_name, 'Lê Thị Hồng'.normalize('NFC'));
    const found = await fx.admin.get('/api/v1/users?q=le%20thi%20hong');
    assert.ok(found.json.items.some((u: any) => u.id === id), 'search by the new name');
  });

  test('PATCH of an unknown user is 404', async () => {
    assertError(await fx.admin.patch('/api/v1/users/999999', { full_name: 'Không có' }), 404, 'not_found');
  });
});
