// The SPA's files precompressed at build (x.br, x.gz beside x): a browser that accepts brotli or gzip gets
// the copy with Content-Encoding and Vary: Accept-Encoding, each encoding with its own ETag; the copies are
// not files of their own; hashed assets stay immutable and index.html no-cache. The repository's own build
// is checked too: every text file has both copies, and the first load fits in 200 KB.
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { engineFromEnv, repoRoot, startServer, type TestServer } from '../lib/server.ts';

const ASSET = '/assets/app-Cz9Qm1.js';
const ASSET_JS = Array.from({ length: 400 }, (_, i) => `export const v${i} = "phòng, chống ma túy ${i}";\n`).join('');
const INDEX_HTML = `<!doctype html><html lang="vi"><head><title>pcmt</title><script type="module" src="${ASSET}"></script>` +
  `</head><body><div id="root"></div>${'<!-- đệm -->'.repeat(100)}</body></html>`;

interface Answer { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/** GET with exactly these headers; the body as the bytes sent (not decoded). */
function getBytes(baseUrl: string, p: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(p, baseUrl), { method: 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe(`precompressed static files [${engineFromEnv()}]`, () => {
  let srv: TestServer;
  let web: string;

  before(async () => {
    web = mkdtempSync(path.join(tmpdir(), 'pcmt-web-gz-'));
    mkdirSync(path.join(web, 'assets'));
    for (const [rel, text] of [['index.html', INDEX_HTML], [ASSET.slice(1), ASSET_JS]]) {
      const file = path.join(web, rel);
      writeFileSync(file, text);
      writeFileSync(`${file}.br`, brotliCompressSync(Buffer.from(text)));
      writeFileSync(`${file}.gz`, gzipSync(Buffer.from(text)));
    }
    srv = await startServer({ web });
  });
  after(async () => {
    await srv?.stop();
    rmSync(web, { recursive: true, force: true });
  });

  test('brotli when accepted, gzip otherwise, identity without Accept-Encoding; always Vary', async () => {
    const br = await getBytes(srv.baseUrl, ASSET, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(br.body).toString('utf8'), ASSET_JS);
    assert.ok(br.body.length < Buffer.byteLength(ASSET_JS) / 3, `${br.body.length} bytes`);
    assert.match(String(br.headers['cache-control']), /max-age=31536000.*immutable|immutable.*max-age=31536000/);
    assert.match(String(br.headers['content-type']), /javascript/);

    const gz = await getBytes(srv.baseUrl, ASSET, { 'Accept-Encoding': 'gzip, br;q=0' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString('utf8'), ASSET_JS);

    const plain = await getBytes(srv.baseUrl, ASSET);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString('utf8'), ASSET_JS);

    for (const a of [br, gz, plain]) assert.match(String(a.headers.vary), /Accept-Encoding/i);
    const etags = new Set([br, gz, plain].map((a) => String(a.headers.etag)));
    assert.equal(etags.size, 3, 'each encoding has its own ETag');
  });

  test('a cached copy is revalidated per encoding', async () => {
    const br = await getBytes(srv.baseUrl, ASSET, { 'Accept-Encoding': 'br' });
    const again = await getBytes(srv.baseUrl, ASSET, { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) });
    assert.equal(again.status, 304);
    const other = await getBytes(srv.baseUrl, ASSET, { 'Accept-Encoding': 'gzip', 'If-None-Match': String(br.headers.etag) });
    assert.equal(other.status, 200, 'a brotli ETag does not validate the gzip copy');
  });

  test('index.html is compressed too and never cached without revalidation, also for client routes', async () => {
    for (const p of ['/', '/doi-tuong/12']) {
      const r = await getBytes(srv.baseUrl, p, { 'Accept-Encoding': 'br' });
      assert.equal(r.status, 200, p);
      assert.equal(r.headers['content-encoding'], 'br', p);
      assert.equal(brotliDecompressSync(r.body).toString('utf8'), INDEX_HTML, p);
      assert.match(String(r.headers['cache-control']), /no-cache/, p);
    }
  });

  test('the compressed copies are not files of their own', async () => {
    assert.equal((await getBytes(srv.baseUrl, `${ASSET}.br`)).status, 404);
    assert.equal((await getBytes(srv.baseUrl, `${ASSET}.gz`)).status, 404);
  });
});

const realDist = path.join(repoRoot, 'web', 'dist');

describe(`the repository's build, precompressed [${engineFromEnv()}]`, () => {
  test('every text file has its brotli and gzip copy; the first load is under 200 KB with brotli',
    { skip: !existsSync(path.join(realDist, 'index.html')) && 'web/dist is not built' }, async () => {
      const assets = readdirSync(path.join(realDist, 'assets')).filter((n) => /\.(js|css)$/.test(n));
      for (const name of assets) {
        for (const ext of ['br', 'gz']) assert.ok(existsSync(path.join(realDist, 'assets', `${name}.${ext}`)), `${name}.${ext}`);
      }
      const srv = await startServer({ web: realDist });
      try {
        // What a browser fetches first: the page, then the scripts and stylesheets it names (not the lazy map).
        const index = await getBytes(srv.baseUrl, '/', { 'Accept-Encoding': 'br' });
        const html = brotliDecompressSync(index.body).toString('utf8');
        const linked = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
        assert.ok(linked.length >= 2, html);
        let bytes = index.body.length;
        for (const p of linked) {
          const r = await getBytes(srv.baseUrl, p, { 'Accept-Encoding': 'br' });
          assert.equal(r.headers['content-encoding'], 'br', p);
          assert.equal(brotliDecompressSync(r.body).length, readFileSync(path.join(realDist, p)).length, p);
          bytes += r.body.length;
        }
        assert.ok(bytes < 200 * 1024, `first load ${bytes} bytes`);
      } finally {
        await srv.stop();
      }
    });
});
