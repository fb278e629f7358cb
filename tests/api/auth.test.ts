// Login, sessions, logout, lockout, throttling, password change.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiClient, setCookieLine } from '../lib/client.ts';
import { assertError, PASSWORD, useFixture } from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

describe(`auth [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  test('login sets an HttpOnly SameSite=Strict session cookie and returns the user and a CSRF token', async () => {
    const c = new ApiClient(fx.srv.baseUrl);
    const r = await c.post('/api/v1/auth/login', { username: fx.users.commune, password: PASSWORD });
    assert.equal(r.status, 200, r.text);
    const cookie = setCookieLine(r.headers, 'pcmt_session');
    assert.ok(cookie, `no pcmt_session cookie: ${JSON.stringify(r.headers['set-cookie'])}`);
    const attrs = cookie.split(';').slice(1).map((a) => a.trim().toLowerCase());
    assert.ok(attrs.includes('httponly'), cookie);
    assert.ok(attrs.includes('samesite=strict'), cookie);
    assert.ok(attrs.includes('path=/'), cookie);
    assert.match(cookie, /^pcmt_session=[^;]{20,}/, 'session token too short to be unguessable');
    assert.equal(typeof r.json.csrf_token, 'string');
    assert.ok(r.json.csrf_token.length >= 20);
    assert.deepEqual(r.json.user, {
      id: r.json.user.id, username: fx.users.commune, full_name: 'Nguyễn Văn An', role: 'commune',
      scope: { kind: 'commune', id: '16681', name: 'Phường Thành Vinh' }, province_code: '40',
      disabled: false, must_change_password: false,
    });
    assert.equal(typeof r.json.user.id, 'number');
    assert.ok(!('password_hash' in r.json.user));
  });

  test('GET /me answers the logged-in user with its CSRF token', async () => {
    const c = new ApiClient(fx.srv.baseUrl);
    const login = await c.loginOk(fx.users.admin, PASSWORD);
    const r = await c.get('/api/v1/me');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.user.username, fx.users.admin);
    assert.equal(r.json.user.role, 'admin');
    assert.deepEqual(r.json.user.scope, { kind: 'province', id: '40', name: 'Nghệ An' });
    assert.equal(r.json.csrf_token, login.csrf_token);
  });

  test('GET /me without a session or with a forged one is 401 auth.required', async () => {
    const c = new ApiClient(fx.srv.baseUrl);
    assertError(await c.get('/api/v1/me'), 401, 'auth.required');
    c.cookies.set('pcmt_session', 'forged-token-forged-token-forged-token');
    assertError(await c.get('/api/v1/me'), 401, 'auth.required');
  });

  test('logout ends the session on the server: the old cookie no longer works', async () => {
    const c = new ApiClient(fx.srv.baseUrl);
    await c.loginOk(fx.users.leader, PASSWORD);
    const token = c.cookies.get('pcmt_session')!;
    const csrf = c.csrfToken;
    const r = await c.logout();
    assert.equal(r.status, 204, r.text);
    // Replay the old cookie, as a thief who copied it would.
    const replay = new ApiClient(fx.srv.baseUrl);
    replay.cookies.set('pcmt_session', token);
    replay.csrfToken = csrf;
    assertError(await replay.get('/api/v1/me'), 401, 'auth.required');
    assertError(await replay.get('/api/v1/communes?province=40'), 401, 'auth.required');
  });

  test('wrong password and unknown user get the same 401 with a Vietnamese message', async () => {
    const c = new ApiClient(fx.srv.baseUrl);
    const wrong = await c.post('/api/v1/auth/login', { username: fx.users.auditor, password: 'wrong-password-1' });
    assertError(wrong, 401, 'auth.invalid_credentials');
    assert.equal(setCookieLine(wrong.headers, 'pcmt_session'), undefined, 'a failed login must not set a session');
    const unknown = await c.post('/api/v1/auth/login', { username: 'nobody_here', password: 'wrong-password-1' });
    assertError(unknown, 401, 'auth.invalid_credentials');
    assert.equal(unknown.json.message, wrong.json.message);
  });

  test('5 wrong passwords lock the username: even the right password then gets 429 auth.locked', async () => {
    await fx.srv.addUser({ username: 't_lockme', role: 'leader', scope: 'province:40', password: PASSWORD });
    const c = new ApiClient(fx.srv.baseUrl);
    for (let i = 1; i <= 5; i++) {
      const r = await c.post('/api/v1/auth/login', { username: 't_lockme', password: `wrong-password-${i}` });
      assertError(r, 401, 'auth.invalid_credentials');
    }
    const r = await c.post('/api/v1/auth/login', { username: 't_lockme', password: PASSWORD });
    assertError(r, 429, 'auth.locked');
    assert.equal(setCookieLine(r.headers, 'pcmt_session'), undefined);
    // The lock is per username: another user logs in from the same address.
    await new ApiClient(fx.srv.baseUrl).loginOk(fx.users.standing_office, PASSWORD);
  });

  test('4 wrong passwords then the right one still logs in', async () => {
    await fx.srv.addUser({ username: 't_almost', role: 'leader', scope: 'province:40', password: PASSWORD });
    const c = new ApiClient(fx.srv.baseUrl);
    for (let i = 1; i <= 4; i++) {
      assertError(await c.post('/api/v1/auth/login', { username: 't_almost', password: `nope-nope-${i}` }),
        401, 'auth.invalid_credentials');
    }
    await c.loginOk('t_almost', PASSWORD);
  });

  test('a disabled user cannot log in, and its open session ends', async () => {
    await fx.srv.addUser({ username: 't_disabled', role: 'leader', scope: 'province:40', password: PASSWORD });
    const victim = await fx.login('t_disabled');
    const admin = await fx.as('admin');
    const id = (await victim.get('/api/v1/me')).json.user.id;
    const r = await admin.patch(`/api/v1/users/${id}`, { disabled: true });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.disabled, true);
    const again = await new ApiClient(fx.srv.baseUrl).post('/api/v1/auth/login', { username: 't_disabled', password: PASSWORD });
    assertError(again, 401, 'auth.invalid_credentials');
    assertError(await victim.get('/api/v1/me'), 401, 'auth.required');
  });

  test('password change: wrong current, weak new, then success ends the other sessions', async () => {
    await fx.srv.addUser({ username: 't_pw', role: 'leader', scope: 'province:40', password: PASSWORD });
    const a = await fx.login('t_pw');
    const b = await fx.login('t_pw');
    assertError(await a.post('/api/v1/me/password', { current_password: 'not-the-password', new_password: 'Mot-mat-khau-moi-9' }),
      400, 'auth.wrong_password');
    assertError(await a.post('/api/v1/me/password', { current_password: PASSWORD, new_password: 'short9' }),
      400, 'auth.weak_password');
    const ok = await a.post('/api/v1/me/password', { current_password: PASSWORD, new_password: 'Mot-mat-khau-moi-9' });
    assert.equal(ok.status, 204, ok.text);
    assert.equal((await a.get('/api/v1/me')).status, 200, 'the session that changed the password stays');
    assertError(await b.get('/api/v1/me'), 401, 'auth.required');
    assertError(await new ApiClient(fx.srv.baseUrl).post('/api/v1/auth/login', { username: 't_pw', password: PASSWORD }),
      401, 'auth.invalid_credentials');
    await fx.login('t_pw', 'Mot-mat-khau-moi-9');
  });
});

describe(`auth throttling per address [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  test('20 failures from one address throttle it: 429 auth.throttled even for a valid login', async () => {
    const c = new ApiClient(fx.srv.baseUrl);
    // Twenty different unknown usernames, so that no single username gets locked.
    for (let i = 1; i <= 20; i++) {
      assertError(await c.post('/api/v1/auth/login', { username: `ghost_${i}`, password: 'wrong-password' }),
        401, 'auth.invalid_credentials');
    }
    assertError(await c.post('/api/v1/auth/login', { username: fx.users.leader, password: PASSWORD }), 429, 'auth.throttled');
  });
});
