// Sessions live in the database, so every pcmt process on it shares them (several instances behind a proxy).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { assertError, COMMUNE, PASSWORD, startWithUsers, type Fixture } from '../lib/fixtures.ts';
import { engineFromEnv, type TestServer } from '../lib/server.ts';

/** The same browser session pointed at another server: same cookie, same CSRF token. */
function sameSessionOn(c: ApiClient, srv: TestServer): ApiClient {
  const other = new ApiClient(srv.baseUrl);
  for (const [k, v] of c.cookies) other.cookies.set(k, v);
  other.csrfToken = c.csrfToken;
  return other;
}

// The contract asks this of PostgreSQL; SQLite in WAL mode shares a file between processes just as well,
// so both engines run it.
describe(`sessions shared by two server processes [${engineFromEnv()}]`, () => {
  let fx: Fixture;
  let b: TestServer;
  before(async () => {
    fx = await startWithUsers();
    b = await fx.srv.startAnother();
  });
  after(async () => {
    await b?.stop();
    await fx?.srv.stop();
  });

  test('the two processes listen on different ports of one database', () => {
    assert.notEqual(b.baseUrl, fx.srv.baseUrl);
    assert.equal(b.dbUrl, fx.srv.dbUrl);
  });

  test('log in on A, GET /me on B works; a write on B with the CSRF token from A works', async () => {
    const onA = new ApiClient(fx.srv.baseUrl);
    await onA.loginOk(fx.users.admin, PASSWORD);
    const onB = sameSessionOn(onA, b);
    const me = await onB.get('/api/v1/me');
    assert.equal(me.status, 200, me.text);
    assert.equal(me.json.user.username, fx.users.admin);
    const w = await onB.patch(`/api/v1/communes/${COMMUNE}`, { population: 31337 });
    assert.equal(w.status, 200, w.text);
    assert.equal((await onA.get(`/api/v1/communes/${COMMUNE}`)).json.population, 31337);
  });

  test('logout on B: A answers 401', async () => {
    const onA = new ApiClient(fx.srv.baseUrl);
    await onA.loginOk(fx.users.leader, PASSWORD);
    const onB = sameSessionOn(onA, b);
    assert.equal((await onB.logout()).status, 204);
    assertError(await onA.get('/api/v1/me'), 401, 'auth.required');
  });

  test('a lockout counted on A holds on B', async () => {
    await fx.srv.addUser({ username: 't_shared_lock', role: 'leader', scope: 'province:40', password: PASSWORD });
    for (let i = 0; i < 5; i++) {
      const via = i % 2 === 0 ? fx.srv : b;
      assertError(await new ApiClient(via.baseUrl).post('/api/v1/auth/login', { username: 't_shared_lock', password: `wrong-${i}-xxxx` }),
        401, 'auth.invalid_credentials');
    }
    assertError(await new ApiClient(b.baseUrl).post('/api/v1/auth/login', { username: 't_shared_lock', password: PASSWORD }),
      429, 'auth.locked');
  });

  test('both processes append to one intact audit chain', async () => {
    const onA = await fx.as('admin');
    const onB = sameSessionOn(onA, b);
    for (let i = 0; i < 6; i++) {
      const c = i % 2 === 0 ? onA : onB;
      assert.equal((await c.patch(`/api/v1/communes/${COMMUNE}`, { population: 100 + i })).status, 200);
    }
    const r = await fx.srv.pcmt(['audit', 'verify', '--db', fx.srv.dbUrl]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });
});
