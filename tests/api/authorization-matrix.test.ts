// Every route × every role (and no session) × own and foreign scope, from `pcmt routes`: no
// cross-scope read or write, no write by a role that may not make it, no personal ID in full where
// the role sees it masked, and an audit row for every read of a person's record. The table below
// says, for each route, who may call it; a route the table does not list fails the run, so a new
// route cannot ship without deciding who may call it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { ApiClient, type ApiResponse } from '../lib/client.ts';
import { auditRows, COMMUNE, FOREIGN_COMMUNE, OTHER_COMMUNE, PASSWORD, PROVINCE, useFixture, type Role } from '../lib/fixtures.ts';
import { engineFromEnv, repoRoot } from '../lib/server.ts';

const ROLES: Role[] = ['admin', 'standing_office', 'leader', 'agency', 'commune', 'auditor'];
const FOREIGN_PROVINCE = '01'; // Hà Nội; FOREIGN_COMMUNE is one of its wards
const A = '/api/v1/areas';
const REASON = `reason=${encodeURIComponent('Kiểm tra phân quyền')}`;
const PLAN_FIXTURE = 'dong-nai-171-kh-ubnd-2025.txt';

/** Personal IDs of the seeded people (men born in 1985, birth registered in Nghệ An). */
const pid = (serial: number) => `040085${String(serial).padStart(6, '0')}`;

/** Ids of one unit's seeded objects. */
interface Unit {
  commune: string;
  person: number;
  personalId: string;
  point: number;
  case: number;
  offender: number;
  wanted: number;
  plantFind: number;
  drugFree: number;
  route: number;
  facility: number;
  plan: number;
  task: number;
  instance: number;
  report: number;
}
/** own: the province-40 users' own commune; neighbour: another commune of 40; foreign: Hà Nội. */
interface Seeds { own: Unit; neighbour: Unit; foreign: Unit; userId: number; planBody: unknown }

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Spec {
  /** Roles that may call it ('open': no session needed). Others must answer 403 or 404. */
  allow: Role[] | 'open';
  /** The own-scope path; default: the pattern itself. */
  path?: (s: Seeds) => string;
  /** The same object in another province (and, for commune users, another commune): 404 for all but admin. */
  foreign?: (s: Seeds, u: Unit) => string;
  body?: (s: Seeds, role: Role) => unknown;
  raw?: { body: string | Buffer; contentType: string };
  /** The answer may carry a person's full personal ID (the record read with a reason, a registration). */
  record?: boolean;
  /** Logs in a fresh client for the call (sign-out). */
  fresh?: boolean;
  /** An object of the whole province (a plan, a facility): a commune user sees its neighbour's too. */
  provinceWide?: boolean;
  /** The own path names a child that was never created: roles that may call it get 404. */
  absent?: boolean;
  /** The status an open route answers without a session (default: anything but 401). */
  openStatus?: number;
}

let serial = 100;
const newPerson = (commune: string) => ({ personal_id: pid(serial++), full_name: 'Người Ma Trận', birth_date: '1985-06-07',
  sex: 'male', commune_code: commune });
const csv = 'Số định danh,Họ và tên,Ngày sinh,Giới tính,Xã\n';

// Who writes area registries, key routes, drug-free steps: docs/areas.md; people: docs/people.md;
// plans: docs/plans.md; accounts and audit: docs/permissions.md.
const PEOPLE_READERS: Role[] = ['admin', 'standing_office', 'leader', 'agency', 'commune'];
const REGISTRARS: Role[] = ['admin', 'standing_office', 'commune'];
const MANAGERS: Role[] = ['admin', 'standing_office'];
const AREA_WRITERS: Role[] = ['admin', 'standing_office', 'commune'];

const byId = (pattern: string, key: keyof Unit) => ({
  path: (s: Seeds) => pattern.replace('{id}', String(s.own[key])),
  foreign: (_: Seeds, u: Unit) => pattern.replace('{id}', String(u[key])),
});
const byCode = (pattern: string) => ({
  path: (s: Seeds) => pattern.replace('{code}', s.own.commune),
  foreign: (_: Seeds, u: Unit) => pattern.replace('{code}', u.commune),
});

const SPECS: Record<string, Spec> = {
  'GET /healthz': { allow: 'open' },
  'GET /api/v1/openapi.json': { allow: 'open' },
  'POST /api/v1/auth/login': { allow: 'open', openStatus: 401, body: () => ({ username: 'khong-co', password: 'sai' }) },
  'POST /api/v1/auth/logout': { allow: ROLES, fresh: true },
  'GET /api/v1/me': { allow: ROLES },
  'POST /api/v1/me/password': { allow: ROLES, body: () => ({ current_password: 'sai-mat-khau', new_password: 'Mat-khau-moi-dai-1' }) },
  'GET /api/v1/provinces': { allow: ROLES },
  'GET /api/v1/communes': { allow: ROLES },
  'GET /api/v1/communes/{code}': { allow: ROLES, ...byCode('/api/v1/communes/{code}') },
  'PATCH /api/v1/communes/{code}': { allow: AREA_WRITERS, ...byCode('/api/v1/communes/{code}'), body: () => ({ population: 25000 }) },
  'GET /api/v1/communes/population-import/template.xlsx': { allow: MANAGERS },
  'POST /api/v1/communes/population-import': { allow: MANAGERS, path: () => `/api/v1/communes/population-import?province=${PROVINCE}`,
    raw: { body: `commune_code,population\n${COMMUNE},25000\n`, contentType: 'text/csv' } },
  'GET /api/v1/agencies': { allow: ROLES },
  'POST /api/v1/agencies': { allow: MANAGERS, body: () => ({ name: `Ban Ma Trận ${serial++}`, kind: 'khac', aliases: [] }) },
  'GET /api/v1/users': { allow: ['admin'] },
  'POST /api/v1/users': { allow: ['admin'], body: () => ({ username: `m_${serial++}`, full_name: 'Người Dùng Ma Trận', role: 'leader',
    scope: `province:${PROVINCE}`, password: 'Mat-khau-dai-du-1' }) },
  'PATCH /api/v1/users/{id}': { allow: ['admin'], path: (s) => `/api/v1/users/${s.userId}`, body: () => ({ full_name: 'Lãnh Đạo Ma Trận' }) },
  'GET /api/v1/users/export.xlsx': { allow: ['admin'] },
  'GET /api/v1/users/import/template.xlsx': { allow: ['admin'] },
  'POST /api/v1/users/import': { allow: ['admin'], body: () => ({ format: 'csv',
    content: `Tên đăng nhập,Họ và tên,Vai trò,Phạm vi\nm_${serial++},Người Nhập Ma Trận,Lãnh đạo,province:${PROVINCE}\n` }) },
  'GET /api/v1/audit': { allow: ['admin', 'auditor'] },
  'GET /api/v1/audit/export.xlsx': { allow: ['admin', 'auditor'] },
  'GET /api/v1/audit/verify': { allow: ['admin', 'auditor'] },

  'POST /api/v1/plans/parse': { allow: ['admin', 'standing_office', 'agency', 'commune'], path: () => `/api/v1/plans/parse?filename=${PLAN_FIXTURE}`,
    raw: { body: readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', PLAN_FIXTURE)), contentType: 'text/plain' } },
  'POST /api/v1/plans': { allow: ['admin', 'standing_office', 'agency', 'commune'], body: (s) => s.planBody },
  'GET /api/v1/plans': { allow: ROLES },
  'GET /api/v1/plans/export.xlsx': { allow: ROLES },
  'GET /api/v1/plans/{id}': { allow: ['admin', 'standing_office', 'leader', 'auditor', 'commune'], provinceWide: true, ...byId('/api/v1/plans/{id}', 'plan') },
  'PATCH /api/v1/plans/{id}': { allow: MANAGERS, provinceWide: true, ...byId('/api/v1/plans/{id}', 'plan'), body: () => ({ horizon_year: 2030 }) },
  'GET /api/v1/plans/{id}/stats': { allow: ['admin', 'standing_office', 'leader', 'auditor'], provinceWide: true, ...byId('/api/v1/plans/{id}/stats', 'plan') },
  'GET /api/v1/plan-stats': { allow: ['admin', 'standing_office', 'leader', 'auditor'] },
  'GET /api/v1/plans/{id}/export.docx': { allow: ['admin', 'standing_office', 'leader', 'auditor'], provinceWide: true, ...byId('/api/v1/plans/{id}/export.docx', 'plan') },
  'GET /api/v1/plans/{id}/export.xlsx': { allow: ['admin', 'standing_office', 'leader', 'auditor'], provinceWide: true, ...byId('/api/v1/plans/{id}/export.xlsx', 'plan') },
  // A job is its owner's (and the admin's): another user's job answers 404, as tests/api/jobs.test.ts shows.
  'GET /api/v1/jobs': { allow: ROLES },
  'GET /api/v1/jobs/{id}': { allow: ROLES, absent: true, path: () => '/api/v1/jobs/999999' },
  'POST /api/v1/jobs/{id}/cancel': { allow: ROLES, absent: true, path: () => '/api/v1/jobs/999999/cancel' },
  'GET /api/v1/inbox': { allow: ROLES },
  'POST /api/v1/inbox/{id}/read': { allow: ROLES, path: () => '/api/v1/inbox/999999/read' },
  // What needs attention and the reminder mails: each user their own; sending now is the admin's
  // (409 mail.not_configured here, where no SMTP server is configured).
  'GET /api/v1/inbox/counts': { allow: ROLES },
  'GET /api/v1/me/mail-settings': { allow: ROLES },
  'PATCH /api/v1/me/mail-settings': { allow: ROLES, body: () => ({ mode: 'daily' }) },
  'POST /api/v1/mail/reminders': { allow: ['admin'], body: () => ({}) },
  'GET /api/v1/plan-settings': { allow: ROLES },
  'PATCH /api/v1/plan-settings': { allow: MANAGERS, body: () => ({ reminder_days: 7 }) },
  'GET /api/v1/tasks/{id}': { allow: ['admin', 'standing_office', 'leader', 'auditor', 'commune'], provinceWide: true, ...byId('/api/v1/tasks/{id}', 'task') },
  'PATCH /api/v1/tasks/{id}': { allow: MANAGERS, provinceWide: true, ...byId('/api/v1/tasks/{id}', 'task'), body: () => ({ text: 'Nhiệm vụ sửa trong ma trận phân quyền' }) },
  'POST /api/v1/plans/{id}/tasks': { allow: MANAGERS, provinceWide: true, ...byId('/api/v1/plans/{id}/tasks', 'plan'), body: () => ({}) },
  'DELETE /api/v1/tasks/{id}': { allow: MANAGERS, provinceWide: true, path: (s) => `/api/v1/tasks/${s.own.task}`,
    foreign: (_, u) => `/api/v1/tasks/${u.task}` },
  'GET /api/v1/my/tasks': { allow: ['agency'] },
  'GET /api/v1/my/tasks/export.xlsx': { allow: ['agency'] },
  'GET /api/v1/report-instances': { allow: ROLES },
  'GET /api/v1/report-instances/export.xlsx': { allow: ROLES },
  'GET /api/v1/report-instances/{id}': { allow: ['admin', 'standing_office', 'leader', 'auditor'], provinceWide: true, ...byId('/api/v1/report-instances/{id}', 'instance') },
  // Only a user of the instance's own agency files (the seeding files one that way).
  'POST /api/v1/report-instances/{id}/reports': { allow: [], provinceWide: true, ...byId('/api/v1/report-instances/{id}/reports', 'instance'),
    body: () => ({ progress: 'in_progress', narrative: 'Ma trận', results: [] }) },
  'POST /api/v1/reports/{id}/review': { allow: MANAGERS, provinceWide: true, ...byId('/api/v1/reports/{id}/review', 'report'), body: () => ({ decision: 'bogus' }) },
  'GET /api/v1/reports/{id}/files/{fid}': { allow: ['admin', 'standing_office', 'leader', 'auditor'], absent: true,
    provinceWide: true,
    path: (s) => `/api/v1/reports/${s.own.report}/files/999999`, foreign: (_, u) => `/api/v1/reports/${u.report}/files/999999` },

  'GET /api/v1/people/reference': { allow: ROLES },
  'GET /api/v1/people': { allow: PEOPLE_READERS },
  'POST /api/v1/people': { allow: REGISTRARS, body: (s) => newPerson(s.own.commune), record: true },
  'POST /api/v1/people/check': { allow: REGISTRARS, body: (s) => ({ personal_id: s.foreign.personalId }) },
  'GET /api/v1/people/export': { allow: PEOPLE_READERS, path: () => `/api/v1/people/export?${REASON}` },
  'GET /api/v1/people/import/template.xlsx': { allow: REGISTRARS },
  'POST /api/v1/people/import': { allow: REGISTRARS, body: (s, role) => ({ format: 'csv', content: `${csv}${pid(serial++)},Người Nhập,07/06/1985,Nam,${s.own.commune}\n`,
    commune: role === 'commune' ? undefined : s.own.commune }) },
  'POST /api/v1/people/residence-linkage': { allow: REGISTRARS, body: (s) => ({ format: 'csv', content: `Số định danh,Họ và tên,Ngày sinh,Xã\n${s.own.personalId},X,07/06/1985,${s.own.commune}\n` }) },
  'GET /api/v1/people/residence-links': { allow: PEOPLE_READERS },
  'GET /api/v1/people/statistics': { allow: PEOPLE_READERS },
  'GET /api/v1/people/statistics/export': { allow: PEOPLE_READERS, path: () => `/api/v1/people/statistics/export?${REASON}` },
  'GET /api/v1/people/{id}': { allow: ['admin', 'standing_office', 'leader', 'commune'], record: true,
    path: (s) => `/api/v1/people/${s.own.person}?${REASON}`, foreign: (_, u) => `/api/v1/people/${u.person}?${REASON}` },
  'PATCH /api/v1/people/{id}': { allow: REGISTRARS, record: true, ...byId('/api/v1/people/{id}', 'person'), body: () => ({ address: 'Số 1 đường Ma Trận' }) },
  'POST /api/v1/people/{id}/events': { allow: REGISTRARS, ...byId('/api/v1/people/{id}/events', 'person'), body: () => ({ type: 'no_such_event', date: '2026-01-01' }) },
  'DELETE /api/v1/people/{id}/events/{event_id}': { allow: REGISTRARS, path: (s) => `/api/v1/people/${s.own.person}/events/999999?${REASON}`,
    foreign: (_, u) => `/api/v1/people/${u.person}/events/999999?${REASON}` },
  'POST /api/v1/people/{id}/merge': { allow: MANAGERS, ...byId('/api/v1/people/{id}/merge', 'person'), body: (s) => ({ duplicate_id: s.own.person, reason: 'Ma trận' }) },
  'GET /api/v1/worklist': { allow: PEOPLE_READERS },
  'GET /api/v1/worklist/export.xlsx': { allow: PEOPLE_READERS },
  'GET /api/v1/facilities': { allow: PEOPLE_READERS },
  'POST /api/v1/facilities': { allow: MANAGERS, body: () => ({ kind: 'rehab', name: `Cơ sở Ma Trận ${serial++}`, capacity: 10 }) },
  'GET /api/v1/facilities/{id}': { allow: PEOPLE_READERS, provinceWide: true, ...byId('/api/v1/facilities/{id}', 'facility') },
  'PATCH /api/v1/facilities/{id}': { allow: MANAGERS, provinceWide: true, ...byId('/api/v1/facilities/{id}', 'facility'), body: () => ({ capacity: 20 }) },
  'GET /api/v1/rule-packs': { allow: PEOPLE_READERS },
  'PUT /api/v1/rule-packs/{pack}/params/{param}': { allow: ['admin'], path: () => '/api/v1/rule-packs/no-such-pack/params/no_such_param',
    body: () => ({ value: 5, source: 'Ma trận' }) },
};

// The five area registries share one shape.
for (const [kind, key, body] of [
  ['points', 'point', { kind: 'hotspot', address: 'Số 9 ngõ Ma Trận', found_date: '2025-02-01' }],
  ['cases', 'case', { case_date: '2025-03-02', status: 'investigating' }],
  ['offenders', 'offender', { full_name: 'Hồ Văn Ma Trận', arrest_date: '2025-03-02' }],
  ['wanted', 'wanted', { full_name: 'Trần Ma Trận', since_date: '2025-02-01' }],
  ['plant-finds', 'plantFind', { found_date: '2025-05-01', plants: 3, area_m2: 4 }],
] as const) {
  SPECS[`GET ${A}/${kind}`] = { allow: ROLES };
  SPECS[`GET ${A}/${kind}/export.xlsx`] = { allow: ROLES };
  SPECS[`POST ${A}/${kind}`] = { allow: AREA_WRITERS, body: (s) => ({ ...body, commune_code: s.own.commune }) };
  SPECS[`GET ${A}/${kind}/{id}`] = { allow: ROLES, ...byId(`${A}/${kind}/{id}`, key) };
  SPECS[`PATCH ${A}/${kind}/{id}`] = { allow: AREA_WRITERS, ...byId(`${A}/${kind}/{id}`, key), body: () => ({ note: 'Ma trận' }) };
  SPECS[`DELETE ${A}/${kind}/{id}`] = { allow: AREA_WRITERS, path: (s) => `${A}/${kind}/${s.own[key]}?${REASON}`,
    foreign: (_, u) => `${A}/${kind}/${u[key]}?${REASON}` };
}
Object.assign(SPECS, {
  [`POST ${A}/points/{id}/status`]: { allow: AREA_WRITERS, ...byId(`${A}/points/{id}/status`, 'point'), body: () => ({ status: 'bogus', date: '2025-03-01' }) },
  [`GET ${A}/points/{id}/history`]: { allow: ROLES, ...byId(`${A}/points/{id}/history`, 'point') },
  [`POST ${A}/cases/{id}/status`]: { allow: AREA_WRITERS, ...byId(`${A}/cases/{id}/status`, 'case'), body: () => ({ status: 'bogus', date: '2025-04-01' }) },
  [`GET ${A}/cases/{id}/history`]: { allow: ROLES, ...byId(`${A}/cases/{id}/history`, 'case') },
  [`GET ${A}/routes`]: { allow: ROLES },
  [`POST ${A}/routes`]: { allow: MANAGERS, body: (s: Seeds) => ({ name: 'QL Ma Trận', scope: 'intra', active_from: '2025-01-01', communes: [s.own.commune] }) },
  [`GET ${A}/routes/{id}`]: { allow: ROLES, provinceWide: true, ...byId(`${A}/routes/{id}`, 'route') },
  [`PATCH ${A}/routes/{id}`]: { allow: MANAGERS, provinceWide: true, ...byId(`${A}/routes/{id}`, 'route'), body: () => ({ note: 'Ma trận' }) },
  [`DELETE ${A}/routes/{id}`]: { allow: MANAGERS, provinceWide: true, path: (s: Seeds) => `${A}/routes/${s.own.route}?${REASON}`,
    foreign: (_: Seeds, u: Unit) => `${A}/routes/${u.route}?${REASON}` },
  [`GET ${A}/drug-free`]: { allow: ROLES },
  [`POST ${A}/drug-free`]: { allow: AREA_WRITERS, body: () => ({ commune_code: 'bogus', year: 2026 }) },
  [`GET ${A}/drug-free/export.xlsx`]: { allow: ROLES },
  [`POST ${A}/drug-free/freeze`]: { allow: ['admin', 'leader'], body: () => ({ year: 2019 }) },
  [`GET ${A}/drug-free/{id}`]: { allow: ROLES, ...byId(`${A}/drug-free/{id}`, 'drugFree') },
  [`POST ${A}/drug-free/{id}/review`]: { allow: MANAGERS, ...byId(`${A}/drug-free/{id}/review`, 'drugFree'), body: () => ({ note: 'Ma trận' }) },
  [`POST ${A}/drug-free/{id}/decision`]: { allow: ['admin', 'leader'], ...byId(`${A}/drug-free/{id}/decision`, 'drugFree'), body: () => ({ approve: false, reason: 'Ma trận' }) },
  [`GET ${A}/roadmap`]: { allow: ROLES },
  [`PUT ${A}/roadmap/{year}`]: { allow: ['admin', 'standing_office', 'leader'], path: () => `${A}/roadmap/2027`, body: () => ({ target: 'bogus' }) },
  [`GET ${A}/roadmap/outlook`]: { allow: ROLES },
  [`GET ${A}/roadmap/closest`]: { allow: ROLES },
  [`GET ${A}/classification`]: { allow: ROLES },
  [`GET ${A}/classification/export.xlsx`]: { allow: ROLES },
  [`GET ${A}/classification/{code}`]: { allow: ROLES, ...byCode(`${A}/classification/{code}`) },
  [`GET ${A}/map`]: { allow: ROLES },
  [`GET ${A}/map/config`]: { allow: ROLES },
  [`PUT ${A}/map/communes/{code}/position`]: { allow: MANAGERS, ...byCode(`${A}/map/communes/{code}/position`), body: () => ({ lat: 18.67, lon: 105.69 }) },
  [`GET ${A}/indicators`]: { allow: ROLES },
  [`GET ${A}/indicators/export.xlsx`]: { allow: ROLES },
  [`PUT ${A}/indicators/targets/{indicator}`]: { allow: ['admin', 'standing_office', 'leader'], path: () => `${A}/indicators/targets/no_such_indicator`,
    body: () => ({ from_year: 2026, value: 1 }) },
});

describe(`authorization matrix: every route × role × scope [${engineFromEnv()}]`, () => {
  const fx = useFixture();
  const clients = {} as Record<Role, ApiClient>;
  let routes: string[] = [];
  const seeds = {} as Seeds;
  const problems: string[] = [];
  let requests = 0;

  before(async () => {
    const listed = await fx.srv.pcmt(['routes']);
    assert.equal(listed.code, 0, listed.stderr);
    routes = listed.stdout.trim().split('\n').map((l) => l.trim()).filter(Boolean);
    // The Hà Nội standing office seeds the foreign province's objects; admin the people.
    await fx.srv.addUser({ username: 'f_so', role: 'standing_office', scope: `province:${FOREIGN_PROVINCE}`, password: PASSWORD });
    const foreignOffice = await fx.login('f_so');
    for (const role of ROLES) clients[role] = await fx.as(role);
    seeds.own = await seedUnit(fx, clients.standing_office, COMMUNE, 1);
    seeds.neighbour = await seedUnit(fx, clients.standing_office, OTHER_COMMUNE, 2);
    seeds.foreign = await seedUnit(fx, foreignOffice, FOREIGN_COMMUNE, 3);
    seeds.planBody = await planBody(clients.standing_office, 9);
    const users = await fx.admin.get('/api/v1/users?page_size=200');
    seeds.userId = users.json.items.find((u: any) => u.username === fx.users.leader).id;
  });

  test('the table covers every route the server has, and nothing else', () => {
    const missing = routes.filter((r) => !SPECS[r]);
    const stale = Object.keys(SPECS).filter((r) => !routes.includes(r));
    assert.deepEqual(missing, [], `routes without an entry in the authorization matrix: ${missing.join(', ')}`);
    assert.deepEqual(stale, [], `entries for routes the server no longer has: ${stale.join(', ')}`);
  });

  const call = async (c: ApiClient, method: Method, p: string, spec: Spec, role: Role | 'anonymous'): Promise<ApiResponse> => {
    requests++;
    if (spec.raw) return c.request(method, p, undefined, { raw: spec.raw.body, contentType: spec.raw.contentType });
    const body = spec.body?.(seeds, role === 'anonymous' ? 'admin' : role);
    return c.request(method, p, body ?? (method === 'GET' || method === 'DELETE' ? undefined : {}));
  };

  // A personal ID in full may be shown by the record read (with a reason) and to the commune keeping
  // the dossier; everywhere else it is masked.
  const fullIdsShown = (r: ApiResponse, spec: Spec, role: Role, route: string) => {
    if (!r.text || spec.record) return;
    for (const unit of ['own', 'neighbour', 'foreign'] as const) {
      const id = seeds[unit].personalId;
      const keeper = role === 'commune' && unit === 'own';
      if (r.text.includes(id) && !keeper) problems.push(`${route} as ${role}: personal ID of the ${unit} person in full`);
    }
  };

  // What only another unit's objects carry: the foreign province's for everyone but admin, and the
  // neighbour commune's own records (not its province-wide ones) for the commune user.
  const markers = (n: number, communeLevelOnly: boolean) => [`Người Hạt Giống ${n}`, `Số ${n} ngõ Hạt Giống`,
    ...(communeLevelOnly ? [] : [`QL Hạt ${n}`, `Cơ sở Hạt Giống ${n}`, `${n}/KH-MT`])];
  const adminSaw = new Set<string>();
  const leaks = (r: ApiResponse, role: Role, what: string) => {
    if (r.status >= 300 || !r.headers['content-type']?.includes('json')) return;
    // The markers are real: the admin, who sees every province, finds them.
    if (role === 'admin') for (const m of markers(3, false)) if (r.text.includes(m)) adminSaw.add(m);
    if (role === 'admin') return;
    const found = [...markers(3, false), ...(role === 'commune' ? markers(2, true) : [])].filter((m) => r.text.includes(m));
    if (found.length) problems.push(`${what} as ${role}: another unit's data in the answer (${found.join(', ')})`);
  };

  test('every role gets exactly what the table allows, on its own scope and no other', async () => {
    // Deletions last, so the objects they remove serve every other route first.
    const ordered = [...routes.filter((r) => !r.startsWith('DELETE ')), ...routes.filter((r) => r.startsWith('DELETE '))];
    for (const route of ordered) {
      const spec = SPECS[route];
      if (!spec) continue;
      const [method, pattern] = route.split(' ') as [Method, string];
      const own = spec.path ? spec.path(seeds) : pattern;
      const anonymous = await call(new ApiClient(fx.srv.baseUrl), method, own, spec, 'anonymous');
      if (spec.allow === 'open') {
        const expected = spec.openStatus ?? anonymous.status;
        if (anonymous.status !== expected || anonymous.status >= 500 || (!spec.openStatus && anonymous.status === 401))
          problems.push(`${route} (open) without a session: ${anonymous.status}`);
      } else if (anonymous.status !== 401) {
        problems.push(`${route} without a session: ${anonymous.status}, not 401`);
      }
      if (spec.allow === 'open') continue;
      const allowed = spec.allow;
      // Roles that may not call it go first, so a write they could make would show before anyone changes the object.
      const order = [...ROLES].sort((a, b) => Number(allowed.includes(a)) - Number(allowed.includes(b)));
      for (const role of order) {
        const c = spec.fresh ? await fx.as(role) : clients[role];
        const r = await call(c, method, own, spec, role);
        const may = allowed.includes(role);
        if (r.status >= 500) problems.push(`${route} as ${role}: ${r.status} ${r.text.slice(0, 120)}`);
        else if (may && (r.status === 401 || r.status === 403)) problems.push(`${route} as ${role}: ${r.status}, but the role may call it`);
        else if (may && spec.absent && r.status !== 404) problems.push(`${route} as ${role}: ${r.status}, not 404 for a missing child`);
        else if (may && method === 'GET' && !spec.absent && r.status !== 200) problems.push(`${route} as ${role}: ${r.status} on its own scope ${r.text.slice(0, 120)}`);
        else if (!may && r.status !== 403 && r.status !== 404) problems.push(`${route} as ${role}: ${r.status}, but the role may not call it ${r.text.slice(0, 120)}`);
        if (r.status < 300 && r.headers['content-type']?.includes('json')) fullIdsShown(r, spec, role, route);
        leaks(r, role, route);
        // A list asked for another province or commune must still answer with the caller's own scope only.
        if (method === 'GET' && !pattern.includes('{') && role !== 'admin') {
          const asked = `${own}${own.includes('?') ? '&' : '?'}province=${FOREIGN_PROVINCE}&commune=${FOREIGN_COMMUNE}`;
          const l = await call(c, method, asked, spec, role);
          if (l.status >= 500) problems.push(`${asked} as ${role}: ${l.status}`);
          leaks(l, role, asked);
          if (role === 'commune') leaks(await call(c, method, `${own}${own.includes('?') ? '&' : '?'}commune=${OTHER_COMMUNE}`, spec, role), role, `${route}?commune=${OTHER_COMMUNE}`);
        }
        if (!spec.foreign || role === 'admin') continue;
        const elsewhere = [spec.foreign(seeds, seeds.foreign)];
        if (role === 'commune' && !spec.provinceWide) elsewhere.push(spec.foreign(seeds, seeds.neighbour));
        for (const p of elsewhere) {
          const f = await call(c, method, p, spec, role);
          leaks(f, role, p);
          const ok = f.status === 404 || (!may && f.status === 403);
          if (!ok) problems.push(`${route} as ${role} on another unit's object (${p}): ${f.status}, not 404 ${f.text.slice(0, 120)}`);
        }
      }
    }
    assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
    assert.deepEqual([...adminSaw].sort(), markers(3, false).sort(), 'the admin did not see every marker: the leak check would be blind');
  });

  test('every read of a person record left an audit row naming the reader and the record', async () => {
    const spec = SPECS['GET /api/v1/people/{id}'];
    const rows = await auditRows(fx.admin, `action=person.read&page_size=200`);
    for (const role of spec.allow as Role[]) {
      assert.ok(rows.some((r) => r.actor === fx.users[role] && r.object_id === String(seeds.own.person)),
        `no person.read audit row for ${role}`);
    }
  });

  test('the matrix stays a few thousand requests', (t) => {
    t.diagnostic(`${requests} requests over ${routes.length} routes`);
    assert.ok(requests > 500 && requests < 3000, `${requests} requests`);
  });
});

/** One of each object in `commune`, created through the API as `office` (its province's standing office). */
async function seedUnit(fx: ReturnType<typeof useFixture>, office: ApiClient, commune: string, n: number): Promise<Unit> {
  const created = async (r: Promise<ApiResponse>, what: string) => {
    const res = await r;
    assert.ok(res.status === 201 || res.status === 200, `${what} in ${commune}: ${res.status} ${res.text.slice(0, 300)}`);
    return res.json;
  };
  const at = { commune_code: commune };
  const personalId = pid(n);
  // First, while the commune is quiet: a proposal needs a commune without drug activity.
  const drugFree = await created(office.post(`${A}/drug-free`, { ...at, year: 2026 }), 'drug-free proposal');
  const person = await created(fx.admin.post('/api/v1/people', { personal_id: personalId, full_name: `Người Hạt Giống ${n}`,
    birth_date: '1985-06-07', sex: 'male', ...at }), 'person');
  const point = await created(office.post(`${A}/points`, { ...at, kind: 'hotspot', address: `Số ${n} ngõ Hạt Giống`, found_date: '2025-02-01' }), 'point');
  const kase = await created(office.post(`${A}/cases`, { ...at, case_date: '2025-03-02', status: 'investigating' }), 'case');
  const offender = await created(office.post(`${A}/offenders`, { ...at, full_name: 'Hồ Văn Hạt', arrest_date: '2025-03-02' }), 'offender');
  const wanted = await created(office.post(`${A}/wanted`, { ...at, full_name: 'Trần Hạt', since_date: '2025-02-01' }), 'wanted');
  const plant = await created(office.post(`${A}/plant-finds`, { ...at, found_date: '2025-05-01', plants: 2, area_m2: 3 }), 'plant find');
  const route = await created(office.post(`${A}/routes`, { name: `QL Hạt ${n}`, scope: 'intra', active_from: '2025-01-01', communes: [commune] }), 'route');
  const facility = await created(office.post('/api/v1/facilities', { kind: 'rehab', name: `Cơ sở Hạt Giống ${n}`, capacity: 10 }), 'facility');
  // A plan with its tasks and report instances, and one report filed by the lead agency.
  const plan = await created(office.post('/api/v1/plans', await planBody(office, n)), 'plan');
  const full = await created(office.get(`/api/v1/plans/${plan.id}`), 'plan read');
  const instances = await created(office.get(`/api/v1/report-instances?plan_id=${plan.id}&page_size=1`), 'instances');
  const instance = instances.items[0];
  const filer = `m_filer_${n}`;
  await fx.srv.addUser({ username: filer, role: 'agency', scope: `agency:${instance.agency.id}`, password: PASSWORD });
  const agency = await fx.login(filer);
  const report = await created(agency.post(`/api/v1/report-instances/${instance.id}/reports`,
    { progress: 'in_progress', narrative: 'Hạt giống', results: [] }), 'report');
  return { commune, person: person.id, personalId, point: point.id, case: kase.id, offender: offender.id, wanted: wanted.id,
    plantFind: plant.id, drugFree: drugFree.id, route: route.id, facility: facility.id, plan: plan.id, task: full.tasks[0].id,
    instance: instance.id, report: report.id };
}

/** A reviewed plan ready to save (a fixture parsed by `office`), numbered `n` so that saves do not collide. */
async function planBody(office: ApiClient, n: number) {
  const bytes = readFileSync(path.join(repoRoot, 'tests', 'fixtures', 'plans', PLAN_FIXTURE));
  const parsed = await office.post(`/api/v1/plans/parse?filename=${PLAN_FIXTURE}`, undefined, { raw: bytes, contentType: 'text/plain' });
  assert.equal(parsed.status, 200, parsed.text.slice(0, 300));
  return { ...parsed.json.plan, horizon_year: 2026, confirm_other_province: true, document: { ...parsed.json.plan.document, number: `${n}/KH-MT` },
    new_agencies: parsed.json.unknown_agencies.map((name: string) => ({ name, kind: 'khac' })) };
}
