// The foundation's shapes, named from the generated contract (src/api/openapi/foundation.json), and the
// calls to its routes: sign-in, provinces, communes, agencies, users and the audit log.
import { call, type BodyOfRoute, type QueryOf, type Schemas } from './endpoint';

export type User = Schemas['User'];
export type Role = User['role'];
export type Scope = User['scope'];
export type ScopeKind = Scope['kind'];
export type Session = Schemas['Me'];
export type Province = Schemas['ProvinceList']['items'][number];
export type Commune = Schemas['Commune'];
export type CommuneKind = Commune['kind'];
export type Agency = Schemas['Agency'];
export type AuditEntry = Schemas['Audit']['items'][number];
export type AuditVerify = Schemas['AuditVerify'];
export type RowError = NonNullable<Schemas['Error']['errors']>[number];

/** What every paged list answers; the generated list schemas all have this shape. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  page_size: number;
}

export const getSession = () => call('get', '/me');
/** The session at start-up, if any: a 401 here means "not signed in", not an expired session. */
export const resumeSession = () => call('get', '/me', { expectUnauthorized: true });
export const login = (body: BodyOfRoute<'post', '/auth/login'>) => call('post', '/auth/login', { body, expectUnauthorized: true });
export const logout = () => call('post', '/auth/logout', { expectUnauthorized: true });
export const changePassword = (body: BodyOfRoute<'post', '/me/password'>) => call('post', '/me/password', { body });

export const listProvinces = () => call('get', '/provinces');
export const listCommunes = (query: QueryOf<'get', '/communes'>) => call('get', '/communes', { query });
export const getCommune = (code: string) => call('get', '/communes/{code}', { path: { code } });
export const updateCommune = (code: string, body: BodyOfRoute<'patch', '/communes/{code}'>) =>
  call('patch', '/communes/{code}', { path: { code }, body });
export const listAgencies = (query: QueryOf<'get', '/agencies'>) => call('get', '/agencies', { query });

export const listUsers = (query: QueryOf<'get', '/users'>) => call('get', '/users', { query });
export const createUser = (body: BodyOfRoute<'post', '/users'>) => call('post', '/users', { body });
export const updateUser = (id: number, body: BodyOfRoute<'patch', '/users/{id}'>) =>
  call('patch', '/users/{id}', { path: { id }, body });

export const listAudit = (query: QueryOf<'get', '/audit'>) => call('get', '/audit', { query });
export const verifyAudit = () => call('get', '/audit/verify');
