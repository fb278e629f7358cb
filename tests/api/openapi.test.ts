// /api/v1/openapi.json must describe exactly the routes the router serves (`pcmt routes`).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiClient } from '../lib/client.ts';
import { engineFromEnv, startServer, type TestServer } from '../lib/server.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The routes of the contract; the router may have more, never fewer. */
const CONTRACT_ROUTES = [
  'GET /api/v1/openapi.json', 'POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'GET /api/v1/me',
  'POST /api/v1/me/password', 'GET /api/v1/provinces', 'GET /api/v1/communes', 'GET /api/v1/communes/{code}',
  'PATCH /api/v1/communes/{code}', 'POST /api/v1/communes/population-import', 'GET /api/v1/agencies',
  'POST /api/v1/agencies', 'GET /api/v1/users', 'POST /api/v1/users', 'PATCH /api/v1/users/{id}', 'GET /api/v1/audit',
  'GET /api/v1/audit/verify',
];

/** "METHOD /path/{param}" for every operation of an OpenAPI document (paths joined to the first server URL). */
export function documentedRoutes(doc: any): Set<string> {
  const base = String(doc.servers?.[0]?.url ?? '').replace(/\/$/, '');
  const out = new Set<string>();
  for (const [p, item] of Object.entries<any>(doc.paths ?? {})) {
    const full = p.startsWith('/api/') || p === '/healthz' || !base.startsWith('/') ? p : `${base}${p}`;
    for (const m of METHODS) if (item[m]) out.add(`${m.toUpperCase()} ${full}`);
  }
  return out;
}

export function parseRoutes(stdout: string): Set<string> {
  return new Set(stdout.split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter(Boolean));
}

export function diffRoutes(router: Set<string>, documented: Set<string>) {
  return {
    missingFromDocument: [...router].filter((r) => !documented.has(r)).sort(),
    notInRouter: [...documented].filter((r) => !router.has(r)).sort(),
  };
}

describe(`openapi [${engineFromEnv()}]`, () => {
  let srv: TestServer;
  let router: Set<string>;
  let doc: any;
  before(async () => {
    srv = await startServer();
    const r = await srv.pcmt(['routes']);
    assert.equal(r.code, 0, r.stderr);
    router = parseRoutes(r.stdout);
    const d = await new ApiClient(srv.baseUrl).get('/api/v1/openapi.json');
    assert.equal(d.status, 200, d.text.slice(0, 300));
    assert.match(String(d.headers['content-type']), /^application\/json/);
    doc = d.json;
  });
  after(async () => {
    await srv?.stop();
  });

  test('`pcmt routes` prints one "METHOD /path" per line, covering the contract', () => {
    for (const line of router) assert.match(line, /^(GET|POST|PUT|PATCH|DELETE) \/\S*$/, line);
    const missing = CONTRACT_ROUTES.filter((r) => !router.has(r));
    assert.deepEqual(missing, [], 'routes of the contract the router lacks');
  });

  test('the document is OpenAPI 3.1 with a title and version', () => {
    assert.match(String(doc.openapi), /^3\.1\./);
    assert.equal(typeof doc.info?.title, 'string');
    assert.equal(typeof doc.info?.version, 'string');
  });

  test('every route of the router is in the document, and every documented route is in the router', () => {
    const diff = diffRoutes(router, documentedRoutes(doc));
    assert.deepEqual(diff, { missingFromDocument: [], notInRouter: [] });
  });

  test('the comparison fails when a route is missing from the document', () => {
    // Guards the test above against a comparison that cannot fail.
    for (const victim of Object.keys(doc.paths)) {
      const pruned = structuredClone(doc);
      delete pruned.paths[victim];
      const diff = diffRoutes(router, documentedRoutes(pruned));
      assert.ok(diff.missingFromDocument.length > 0, `dropping ${victim} went unnoticed`);
    }
    const extra = structuredClone(doc);
    extra.paths['/api/v1/not-a-route'] = { get: { responses: { 200: { description: 'x' } } } };
    assert.ok(diffRoutes(router, documentedRoutes(extra)).notInRouter.length > 0);
  });

  test('every operation declares its path parameters and its responses', () => {
    for (const [p, item] of Object.entries<any>(doc.paths)) {
      const params = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const m of METHODS) {
        const op = item[m];
        if (!op) continue;
        assert.ok(op.responses && Object.keys(op.responses).length > 0, `${m} ${p} has no responses`);
        const declared = [...(item.parameters ?? []), ...(op.parameters ?? [])]
          .map((x: any) => (x.$ref ? resolveRef(doc, x.$ref) : x))
          .filter((x: any) => x.in === 'path').map((x: any) => x.name);
        for (const name of params) assert.ok(declared.includes(name), `${m} ${p} does not declare {${name}}`);
      }
    }
  });

  test('every operation describes its answers, its JSON request body and its parameters with schemas', () => {
    const missing = schemaGaps(doc);
    assert.deepEqual(missing, []);
  });

  test('the schema check fails on an operation without a schema', () => {
    // Guards the test above: strip one schema of each kind and expect a gap.
    const strip = (edit: (d: any) => void) => {
      const d = structuredClone(doc);
      edit(d);
      return schemaGaps(d).length;
    };
    assert.ok(strip((d) => { d.paths['/api/v1/me'].get.responses['200'] = { description: 'OK' }; }) > 0);
    assert.ok(strip((d) => { delete d.paths['/api/v1/users'].post.requestBody; }) > 0);
    assert.ok(strip((d) => { delete d.paths['/api/v1/audit'].get.parameters[0].schema; }) > 0);
    assert.ok(strip((d) => { delete d.paths['/api/v1/users'].get.responses['4XX']; }) > 0);
  });

  test('every schema reference resolves', () => {
    const dangling = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)]
      .map((m) => m[1]).filter((ref) => resolveRef(doc, ref) === undefined);
    assert.deepEqual([...new Set(dangling)], []);
  });

  test('the listed routes are really served: no route without parameters answers 404 or 405', async () => {
    const anon = new ApiClient(srv.baseUrl);
    for (const route of router) {
      const [method, p] = route.split(' ');
      if (p.includes('{')) continue;
      const r = await anon.request(method, p, method === 'GET' ? undefined : {});
      assert.ok(r.status !== 404 && r.status !== 405, `${route} → ${r.status}`);
    }
  });
});

/** Writes that take no request body (an OpenAPI operation cannot say so, so they are named here). */
const BODILESS = new Set(['POST /api/v1/auth/logout', 'POST /api/v1/inbox/{id}/read', 'POST /api/v1/jobs/{id}/cancel']);

/**
 * What each operation leaves undescribed: a 2xx response without a JSON schema or a binary media type,
 * error responses without the error schema, a POST/PUT/PATCH without a request body schema, a parameter
 * without a schema.
 */
export function schemaGaps(doc: any): string[] {
  const gaps: string[] = [];
  const deref = (x: any) => (x?.$ref ? resolveRef(doc, x.$ref) : x);
  const described = (media: Record<string, any> | undefined) =>
    Object.entries(media ?? {}).some(([type, m]) => type === 'application/json' ? !!m?.schema : !!type);
  for (const [p, item] of Object.entries<any>(doc.paths)) {
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      const route = `${m.toUpperCase()} ${p}`;
      const ok = Object.entries<any>(op.responses ?? {}).filter(([status]) => /^2/.test(status));
      if (ok.length === 0) gaps.push(`${route}: no 2xx response`);
      for (const [status, r] of ok) {
        const res = deref(r);
        if (status !== '204' && !described(res?.content)) gaps.push(`${route} ${status}: no schema or media type`);
      }
      for (const range of ['4XX', '5XX']) {
        if (!deref(op.responses?.[range])?.content?.['application/json']?.schema) gaps.push(`${route} ${range}: no error schema`);
      }
      if (['post', 'put', 'patch'].includes(m) && !BODILESS.has(route) && !described(deref(op.requestBody)?.content)) {
        gaps.push(`${route}: no request body schema`);
      }
      for (const x of [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref)) {
        if (!x?.schema) gaps.push(`${route}: parameter ${x?.name} has no schema`);
      }
    }
  }
  return gaps;
}

function resolveRef(doc: any, ref: string): any {
  return ref.replace(/^#\//, '').split('/').reduce((o, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
}
