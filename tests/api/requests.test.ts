// Request hygiene every endpoint shares: CSRF, JSON parsing, body size, content type.
import assert from 'node:assert/strict';
import net from 'node:net';
import { describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { assertError, COMMUNE, PASSWORD, useFixture } from '../lib/fixtures.ts';
import { engineFromEnv } from '../lib/server.ts';

const MiB = 1024 * 1024;

/** Sends `head` (a request without its body) on a raw socket and reads the answer until the server closes. */
function sendHeadOnly(baseUrl: string, head: string): Promise<{ status: number; body: string }> {
  const u = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const s = net.connect(Number(u.port), u.hostname, () => s.write(head));
    let data = '';
    s.setEncoding('utf8').on('data', (d) => (data += d));
    s.setTimeout(30_000, () => s.destroy(new Error('no answer within 30 s')));
    s.on('error', reject);
    s.on('close', () => {
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (!m) return reject(new Error(`no HTTP answer, got ${JSON.stringify(data.slice(0, 200))}`));
      resolve({ status: Number(m[1]), body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
  });
}

describe(`request checks [${engineFromEnv()}]`, () => {
  const fx = useFixture();

  const population = async () => (await fx.admin.get(`/api/v1/communes/${COMMUNE}`)).json.population;
  const userExists = async (username: string) =>
    (await fx.admin.get(`/api/v1/users?q=${username}`)).json.items.some((u: any) => u.username === username);

  test('PATCH without X-CSRF-Token is 403 auth.csrf and changes nothing', async () => {
    const before = await population();
    assertError(await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: 4242 }, { noCsrf: true }), 403, 'auth.csrf');
    assert.equal(await population(), before);
  });

  test('PATCH with a wrong X-CSRF-Token is 403 auth.csrf and changes nothing', async () => {
    const before = await population();
    const r = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: 4243 },
      { headers: { 'X-CSRF-Token': 'x'.repeat(fx.admin.csrfToken!.length) } });
    assertError(r, 403, 'auth.csrf');
    assert.equal(await population(), before);
  });

  test("another session's CSRF token does not count", async () => {
    const other = await fx.as('admin');
    const r = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: 4244 },
      { headers: { 'X-CSRF-Token': other.csrfToken! } });
    assertError(r, 403, 'auth.csrf');
  });

  test('POST without X-CSRF-Token is 403 auth.csrf and creates nothing', async () => {
    const body = { username: 't_csrf_victim', full_name: 'Nạn nhân', role: 'leader', scope: 'province:40',
      password: 'Mat-khau-dai-du-1' };
    assertError(await fx.admin.post('/api/v1/users', body, { noCsrf: true }), 403, 'auth.csrf');
    assertError(await fx.admin.post('/api/v1/users', body, { headers: { 'X-CSRF-Token': '' } }), 403, 'auth.csrf');
    assert.equal(await userExists('t_csrf_victim'), false);
  });

  test('logout without X-CSRF-Token is refused and the session lives on', async () => {
    const c = await fx.as('leader');
    assertError(await c.post('/api/v1/auth/logout', undefined, { noCsrf: true }), 403, 'auth.csrf');
    assert.equal((await c.get('/api/v1/me')).status, 200);
  });

  test('the right token works (the checks above fail for the token, not for the request)', async () => {
    const r = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, { population: 4245 });
    assert.equal(r.status, 200, r.text);
    assert.equal(await population(), 4245);
  });

  test('bad JSON is 400 request.bad_json', async () => {
    const before = await population();
    for (const raw of ['{"population": ', '{population: 1}', "{'population': 1}", '[1,2', '\u0000', '{"population": 1}}']) {
      assertError(await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, undefined, { raw }), 400, 'request.bad_json');
    }
    assert.equal(await population(), before);
    const login = await new ApiClient(fx.srv.baseUrl).post('/api/v1/auth/login', undefined,
      { raw: '{"username": "t_admin", "password": ' });
    assertError(login, 400, 'request.bad_json');
  });

  test('a JSON value of the wrong shape is 400, not 500', async () => {
    for (const body of [[], 'text', 42, null, { population: 'many' }, { is_border: 'yes' }]) {
      const r = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, undefined, { raw: JSON.stringify(body) });
      assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status} ${r.text}`);
      assert.equal(typeof r.json?.code, 'string');
    }
    const login = await new ApiClient(fx.srv.baseUrl).post('/api/v1/auth/login', { username: 42, password: ['x'] });
    assert.ok(login.status === 400 || login.status === 401, `login with non-string fields → ${login.status}`);
  });

  test('a JSON body over 1 MiB is 413 request.too_large and changes nothing', async () => {
    const before = await population();
    const raw = JSON.stringify({ population: 777, padding: 'x'.repeat(MiB + 16) });
    assertError(await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, undefined, { raw }), 413, 'request.too_large');
    assert.equal(await population(), before);
    const login = await new ApiClient(fx.srv.baseUrl).post('/api/v1/auth/login', undefined,
      { raw: JSON.stringify({ username: 't_admin', password: PASSWORD, padding: 'y'.repeat(2 * MiB) }) });
    assertError(login, 413, 'request.too_large');
  });

  test('a declared Content-Length over the limit is answered 413 from the header alone', async () => {
    const head = (p: string, type: string, length: number) =>
      `POST ${p} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: ${length}\r\n` +
      `Cookie: pcmt_session=${fx.admin.cookies.get('pcmt_session')}\r\nX-CSRF-Token: ${fx.admin.csrfToken}\r\n\r\n`;
    for (const [p, type, length] of [
      ['/api/v1/auth/login', 'application/json', 2 * MiB],
      ['/api/v1/auth/login', 'application/json', MiB + 1],
      ['/api/v1/communes/population-import?province=40', 'text/csv', 11 * MiB],
    ] as const) {
      const r = await sendHeadOnly(fx.srv.baseUrl, head(p, type, length));
      assert.equal(r.status, 413, `${p} with Content-Length ${length}: ${r.body}`);
      assert.equal(JSON.parse(r.body).code, 'request.too_large');
    }
  });

  test('a CSV import over 1 MiB but within its own limit is read and answered', async () => {
    // The import allows larger bodies than JSON routes: 130 rows padded with blank lines past 1 MiB.
    const csv = `commune_code,population\n${COMMUNE},4250\n${'\n'.repeat(MiB + MiB / 2)}`;
    const r = await fx.admin.post('/api/v1/communes/population-import?province=40', undefined, { raw: csv, contentType: 'text/csv' });
    assert.ok(r.status === 200 || r.status === 422, `${r.status} ${r.text.slice(0, 300)}`);
  });

  test('a JSON body just under 1 MiB is accepted', async () => {
    const raw = JSON.stringify({ population: 778, padding: 'x'.repeat(MiB - 1024) });
    const r = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, undefined, { raw });
    assert.equal(r.status, 200, r.text.slice(0, 300));
    assert.equal(await population(), 778);
  });

  test('a JSON endpoint given another content type is 415 request.unsupported_media_type', async () => {
    const before = await population();
    const raw = JSON.stringify({ population: 9999 });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'text/csv', 'multipart/form-data; boundary=x']) {
      assertError(await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, undefined, { raw, contentType }),
        415, 'request.unsupported_media_type');
    }
    assert.equal(await population(), before);
    // A cross-site form post cannot log in either.
    assertError(await new ApiClient(fx.srv.baseUrl).post('/api/v1/auth/login', undefined,
      { raw: 'username=t_admin&password=x', contentType: 'application/x-www-form-urlencoded' }),
    415, 'request.unsupported_media_type');
  });

  test('the CSV import given JSON is 415', async () => {
    assertError(await fx.admin.post('/api/v1/communes/population-import?province=40', { rows: [] }),
      415, 'request.unsupported_media_type');
  });

  test('application/json with a charset parameter is accepted', async () => {
    const r = await fx.admin.patch(`/api/v1/communes/${COMMUNE}`, undefined,
      { raw: JSON.stringify({ population: 779 }), contentType: 'application/json; charset=utf-8' });
    assert.equal(r.status, 200, r.text);
  });

  test('oversized request headers are refused with a 4xx', async () => {
    const r = await fx.admin.get('/api/v1/me', undefined, { headers: { 'X-Padding': 'p'.repeat(64 * 1024) } });
    assert.ok(r.status === 431 || r.status === 400 || r.status === 413, `got ${r.status}`);
  });

  test('odd input is never answered with a 5xx', async () => {
    const odd: Array<[string, string, unknown?]> = [
      ['GET', '/api/v1/communes/%00'],
      ['GET', '/api/v1/communes/' + '9'.repeat(5000)],
      ['GET', '/api/v1/communes?page=99999999999999999999999'],
      ['GET', '/api/v1/communes?page_size=1e3'],
      ['GET', '/api/v1/communes?q=%ff%fe'],
      ['GET', '/api/v1/communes?q=a%00b'],
      ['GET', '/api/v1/communes?province=%ff'],
      ['GET', '/api/v1/communes/%ff%fe%fd%fc%fb'],
      ['GET', '/api/v1/agencies?q=%c3%28'],
      ['GET', '/api/v1/users?q=%ff'],
      ['GET', '/api/v1/audit?actor=%ff'],
      ['GET', '/api/v1/audit?action=%00'],
      ['GET', '/api/v1/communes?q=' + 'a'.repeat(5000)],
      ['GET', "/api/v1/communes?q=%27%20OR%201%3D1%20--"],
      ['GET', '/api/v1/audit?from=2026-02-30'],
      ['GET', '/api/v1/audit?page=-5'],
      ['PATCH', '/api/v1/users/abc', { full_name: 'x' }],
      ['PATCH', '/api/v1/users/99999999999999999999999', { full_name: 'x' }],
      ['PATCH', `/api/v1/communes/${COMMUNE}`, { population: 1e308 }],
      ['PATCH', `/api/v1/communes/${COMMUNE}`, { population: -0.0 }],
      ['POST', '/api/v1/users', { username: 'x'.repeat(10000), full_name: 'y', role: 'leader', scope: 'province:40', password: PASSWORD }],
      ['POST', '/api/v1/users', { username: 'ok_name', full_name: 'y', role: 'leader', scope: 'province:' + '4'.repeat(3000), password: PASSWORD }],
    ];
    const failures: string[] = [];
    for (const [method, p, body] of odd) {
      const r = await fx.admin.request(method, p, body);
      if (r.status >= 500 || (r.status >= 400 && typeof r.json?.code !== 'string')) {
        failures.push(`${method} ${p.slice(0, 80)} → ${r.status} ${r.text.slice(0, 120)}`);
      }
    }
    assert.deepEqual(failures, []);
    // The injection attempt matched nothing rather than everything.
    const inj = await fx.admin.get("/api/v1/communes?province=40&q=%27%20OR%201%3D1%20--");
    assert.equal(inj.json.total, 0);
  });

  test('without a session every API route but login, healthz and openapi is 401', async () => {
    const anon = new ApiClient(fx.srv.baseUrl);
    for (const p of ['/api/v1/me', '/api/v1/provinces', '/api/v1/communes', `/api/v1/communes/${COMMUNE}`,
      '/api/v1/agencies', '/api/v1/users', '/api/v1/audit', '/api/v1/audit/verify']) {
      assertError(await anon.get(p), 401, 'auth.required');
    }
    assertError(await anon.patch(`/api/v1/communes/${COMMUNE}`, { population: 1 }), 401, 'auth.required');
  });
});
