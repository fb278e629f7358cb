// Shared setup and assertions for the API tests: a server with one user of every role, logged-in
// clients, and checks of the error shape every endpoint shares.
import assert from 'node:assert/strict';
import { ApiClient, type ApiResponse } from './client.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { repoRoot, startServer, type StartOptions, type TestServer } from './server.ts';

export const PASSWORD = 'Mat-khau-thu-nghiem-1';
export const PROVINCE = '40'; // Nghệ An, the demo province
export const COMMUNE = '16681'; // Phường Thành Vinh
export const OTHER_COMMUNE = '16690'; // Phường Trường Vinh, also in Nghệ An
export const FOREIGN_COMMUNE = '00070'; // Phường Hoàn Kiếm, Hà Nội

/** A letter only Vietnamese text has: messages for people must be Vietnamese. */
export const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

export type Role = 'admin' | 'standing_office' | 'leader' | 'agency' | 'commune' | 'auditor';

export interface Fixture {
  srv: TestServer;
  /** Usernames of the standard users, one per role (all with PASSWORD). */
  users: Record<Role, string>;
  agencyId: string;
  /** A fresh client logged in as the standard user of that role. */
  as(role: Role): Promise<ApiClient>;
  login(username: string, password?: string): Promise<ApiClient>;
}

/** Starts a server on a fresh database with one user of every role in province 40. */
export async function startWithUsers(opts: StartOptions = {}): Promise<Fixture> {
  const srv = await startServer(opts);
  try {
    const users: Record<Role, string> = {
      admin: 't_admin', standing_office: 't_so', leader: 't_leader', auditor: 't_auditor',
      commune: 't_commune', agency: 't_agency',
    };
    await srv.addUser({ username: users.admin, role: 'admin', scope: `province:${PROVINCE}`, password: PASSWORD,
      fullName: 'Quản trị Thử nghiệm' });
    const login = async (username: string, password = PASSWORD) => {
      const c = new ApiClient(srv.baseUrl);
      await c.loginOk(username, password);
      return c;
    };
    const admin = await login(users.admin);
    const agencies = await admin.get(`/api/v1/agencies?province=${PROVINCE}&page_size=1`);
    assert.equal(agencies.status, 200, agencies.text);
    const agencyId = String(agencies.json.items[0].id);
    await srv.addUser({ username: users.standing_office, role: 'standing_office', scope: `province:${PROVINCE}`,
      password: PASSWORD, fullName: 'Cán bộ Thường trực' });
    await srv.addUser({ username: users.leader, role: 'leader', scope: `province:${PROVINCE}`, password: PASSWORD });
    await srv.addUser({ username: users.auditor, role: 'auditor', scope: `province:${PROVINCE}`, password: PASSWORD });
    await srv.addUser({ username: users.commune, role: 'commune', scope: `commune:${COMMUNE}`, password: PASSWORD,
      fullName: 'Nguyễn Văn An' });
    await srv.addUser({ username: users.agency, role: 'agency', scope: `agency:${agencyId}`, password: PASSWORD });
    return { srv, users, agencyId, login, as: (role) => login(users[role]) };
  } catch (e) {
    await srv.stop().catch(() => {});
    throw e;
  }
}

/** Asserts the shared error shape: status, stable code, a Vietnamese message, and the field when given. */
export function assertError(r: ApiResponse, status: number, code: string, field?: string) {
  assert.equal(r.status, status, `expected ${status} ${code}, got ${r.status}: ${r.text}`);
  assert.equal(r.json?.code, code, `error code in ${r.text}`);
  assert.equal(typeof r.json.message, 'string');
  assert.match(r.json.message, VIETNAMESE_LETTER, `message is not Vietnamese: ${r.json.message}`);
  if (field !== undefined) assert.equal(r.json.field, field, `error field in ${r.text}`);
}

/** The search key the contract orders and matches by: lower-case, no diacritics, đ→d. */
export function searchKey(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').trim();
}

/** Audit rows newest first (admin or auditor client), filtered by the given query. */
export async function auditRows(c: ApiClient, query = ''): Promise<any[]> {
  const r = await c.get(`/api/v1/audit?page_size=200${query ? `&${query}` : ''}`);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

export interface ReferenceCommune { code: string; name: string; kind: string; province_code: string }

/** The communes of a province as shipped in data/reference/communes.csv. */
export function referenceCommunes(province: string): ReferenceCommune[] {
  const text = readFileSync(path.join(repoRoot, 'data', 'reference', 'communes.csv'), 'utf8');
  return text.trim().split('\n').slice(1).map((line) => {
    const [code, name, kind, province_code] = line.split(',');
    return { code, name, kind, province_code };
  }).filter((c) => c.province_code === province);
}

export interface FixtureContext extends Fixture {
  /** Logged in as the standard admin. */
  admin: ApiClient;
}

/**
 * For a describe block: starts a server with the standard users before its tests and stops it after.
 * The returned object is filled in by the time the tests run.
 */
export function useFixture(opts: StartOptions = {}): FixtureContext {
  const ctx = {} as FixtureContext;
  before(async () => {
    Object.assign(ctx, await startWithUsers(opts));
    ctx.admin = await ctx.as('admin');
  });
  after(async () => {
    await ctx.srv?.stop();
  });
  return ctx;
}
