// The HTTP surface: health, security headers, static SPA files with their cache policy.
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { assertError, PASSWORD } from '../lib/fixtures.ts';
import { engineFromEnv, repoRoot, startServer, type TestServer } from '../lib/server.ts';

const INDEX_HTML = '<!doctype html><html lang="vi"><head><title>pcmt</title>' +
  '<script type="module" src="/assets/index-B4xQz9Kc.js"></script></head><body><div id="root"></div></body></html>';
const ASSET_JS = 'console.log("pcmt test asset");\n';
const SECRET = 'secret-outside-web-root-7f3a';

/** GET with the path sent exactly as written (no URL normalisation), as an attacker would. */
function rawGet(baseUrl: string, rawPath: string): Promise<{ status: number; body: string }> {
  const u = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: rawPath, method: 'GET', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d) => (body += d)).on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function assertSecurityHeaders(h: http.IncomingHttpHeaders, what: string) {
  const csp = String(h['content-security-policy'] ?? '');
  assert.ok(csp, `${what}: no Content-Security-Policy`);
  assert.match(csp, /default-src [^;]*'self'|default-src 'none'/, `${what}: CSP has no restrictive default-src: ${csp}`);
  assert.match(csp, /frame-ancestors ('none'|'self')/, `${what}: CSP does not forbid framing: ${csp}`);
  assert.equal(h['x-content-type-options'], 'nosniff', `${what}: X-Content-Type-Options`);
  assert.match(String(h['referrer-policy'] ?? ''),
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/, `${what}: Referrer-Policy`);
}

describe(`HTTP basics [${engineFromEnv()}]`, () => {
  let srv: TestServer;
  let root: string;
  let web: string;

  before(async () => {
    // A built SPA as Vite lays it out, next to a file that must never be served.
    root = mkdtempSync(path.join(tmpdir(), 'pcmt-web-'));
    web = path.join(root, 'dist');
    mkdirSync(path.join(web, 'assets'), { recursive: true });
    writeFileSync(path.join(web, 'index.html'), INDEX_HTML);
    writeFileSync(path.join(web, 'assets', 'index-B4xQz9Kc.js'), ASSET_JS);
    writeFileSync(path.join(root, 'secret.txt'), SECRET);
    srv = await startServer({ web });
    await srv.addUser({ username: 'h_admin', role: 'admin', scope: 'province:40', password: PASSWORD });
  });
  after(async () => {
    await srv?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('GET /healthz answers ok without a session', async () => {
    const r = await new ApiClient(srv.baseUrl).get('/healthz');
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { status: 'ok' });
  });

  test('security headers on the SPA, on static files and on API answers (success and error)', async () => {
    const anon = new ApiClient(srv.baseUrl);
    const admin = new ApiClient(srv.baseUrl);
    await admin.loginOk('h_admin', PASSWORD);
    const cases: Array<[string, Promise<{ status: number; headers: http.IncomingHttpHeaders }>, number]> = [
      ['/', anon.get('/'), 200],
      ['/assets/index-B4xQz9Kc.js', anon.get('/assets/index-B4xQz9Kc.js'), 200],
      ['/healthz', anon.get('/healthz'), 200],
      ['/api/v1/me (no session)', anon.get('/api/v1/me'), 401],
      ['/api/v1/communes (admin)', admin.get('/api/v1/communes?province=40'), 200],
      ['/api/v1/no-such-route', admin.get('/api/v1/no-such-route'), 404],
      ['/api/v1/auth/login (bad password)', anon.post('/api/v1/auth/login', { username: 'h_admin', password: 'x' }), 401],
    ];
    for (const [what, pending, status] of cases) {
      const r = await pending;
      assert.equal(r.status, status, what);
      assertSecurityHeaders(r.headers, what);
    }
  });

  test('API answers are JSON in UTF-8', async () => {
    const r = await new ApiClient(srv.baseUrl).get('/api/v1/me');
    assert.match(String(r.headers['content-type']), /^application\/json/);
    assertError(r, 401, 'auth.required');
  });

  test('an unknown API route is a JSON 404, not the SPA page', async () => {
    const admin = new ApiClient(srv.baseUrl);
    await admin.loginOk('h_admin', PASSWORD);
    const r = await admin.get('/api/v1/no-such-route');
    assertError(r, 404, 'not_found');
  });

  test('index.html is served with no-cache, at / and by name', async () => {
    for (const p of ['/', '/index.html']) {
      const r = await new ApiClient(srv.baseUrl).get(p);
      assert.equal(r.status, 200, p);
      assert.equal(r.text, INDEX_HTML, p);
      assert.match(String(r.headers['content-type']), /^text\/html/, p);
      assert.match(String(r.headers['cache-control']), /no-cache|no-store/, `${p}: ${r.headers['cache-control']}`);
    }
  });

  test('hashed assets are served immutable with a long max-age', async () => {
    const r = await new ApiClient(srv.baseUrl).get('/assets/index-B4xQz9Kc.js');
    assert.equal(r.status, 200);
    assert.equal(r.text, ASSET_JS);
    assert.match(String(r.headers['content-type']), /javascript/);
    const cc = String(r.headers['cache-control']);
    assert.match(cc, /immutable/, cc);
    const maxAge = Number(/max-age=(\d+)/.exec(cc)?.[1] ?? 0);
    assert.ok(maxAge >= 86400 * 30, `max-age too short: ${cc}`);
  });

  test('a missing asset is 404, not the SPA page', async () => {
    const r = await new ApiClient(srv.baseUrl).get('/assets/index-missing1.js');
    assert.equal(r.status, 404);
    assert.notEqual(r.text, INDEX_HTML);
  });

  test('a deep link of the SPA (no file, not the API) gets index.html', async () => {
    const r = await new ApiClient(srv.baseUrl).get('/communes/16681');
    assert.equal(r.status, 200);
    assert.equal(r.text, INDEX_HTML);
    assert.match(String(r.headers['cache-control']), /no-cache|no-store/);
  });

  test('no path escapes the web root', async () => {
    for (const p of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '//secret.txt', '/.%2e/secret.txt']) {
      const r = await rawGet(srv.baseUrl, p);
      assert.ok(!r.body.includes(SECRET), `${p} served a file outside the web root`);
    }
  });
});

describe(`access log [${engineFromEnv()}]`, () => {
  test('logs requests without query strings, tokens, cookies or passwords', async () => {
    const srv = await startServer();
    let stopped = false;
    try {
      await srv.addUser({ username: 'log_admin', role: 'admin', scope: 'province:40', password: PASSWORD });
      const c = new ApiClient(srv.baseUrl);
      await c.loginOk('log_admin', PASSWORD);
      await c.get('/api/v1/communes?province=40&q=nguyen%20van%20bi%20mat');
      await c.get('/api/v1/users?q=tran%20thi%20kin');
      await c.post('/api/v1/auth/login', { username: 'log_admin', password: 'Sai-mat-khau-bi-mat-9' });
      const token = c.cookies.get('pcmt_session')!;
      const csrf = c.csrfToken!;
      await srv.stop(); // all output is flushed once the process has exited
      stopped = true;
      const log = srv.output();
      assert.match(log, /\/api\/v1\/communes/, 'no access log line for the communes request');
      for (const secret of [token, csrf, PASSWORD, 'Sai-mat-khau-bi-mat-9', 'bi mat', 'bi%20mat', 'tran thi', 'tran%20thi', 'province=40']) {
        assert.ok(!log.includes(secret), `the server output contains "${secret}"`);
      }
    } finally {
      if (!stopped) await srv.stop();
    }
  });
});

const realDist = path.join(repoRoot, 'web', 'dist');

describe(`the built SPA of this repository [${engineFromEnv()}]`, () => {
  test('web/dist is served: index.html no-cache, every hashed asset immutable',
    { skip: !existsSync(path.join(realDist, 'index.html')) && 'web/dist is not built' }, async () => {
      const srv = await startServer({ web: realDist });
      try {
        const anon = new ApiClient(srv.baseUrl);
        const index = await anon.get('/');
        assert.equal(index.status, 200);
        assert.equal(index.text, readFileSync(path.join(realDist, 'index.html'), 'utf8'));
        assert.match(String(index.headers['cache-control']), /no-cache|no-store/);
        // The precompressed copies (x.br, x.gz) are served as encodings of x, not by their own names.
        const assets = readdirSync(path.join(realDist, 'assets')).filter((n) => !/\.(br|gz)$/.test(n));
        assert.ok(assets.length > 0);
        for (const name of assets) {
          const r = await anon.get(`/assets/${name}`);
          assert.equal(r.status, 200, name);
          assert.match(String(r.headers['cache-control']), /immutable/, name);
          assertSecurityHeaders(r.headers, name);
        }
      } finally {
        await srv.stop();
      }
    });
});
