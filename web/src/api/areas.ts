// The areas API's shapes, named from the generated contract (src/api/openapi/areas.json): classification
// under QĐ 28/2025, the drug-free list, the roadmap and the registries feeding them; one call per route.
import { call, urlOf, type BodyOfRoute, type QueryOf, type Schemas } from './endpoint';

/** true = met, false = not met, null = undecided for lack of data. */
export type Tri = boolean | null;
export type ClassificationRun = Schemas['AreaClassification'];
export type CommuneClassification = ClassificationRun['communes'][number];
export type KeyType = CommuneClassification['type'];
export type CommuneFacts = CommuneClassification['facts'];
export type ProvinceAssessment = NonNullable<ClassificationRun['province']>;
export type CommuneClassificationDetail = Schemas['AreaCommuneClassification'];
export type CommuneRecords = CommuneClassificationDetail['records'];
export type AreaPoint = Schemas['AreaPoint'];
export type PointKind = AreaPoint['kind'];
export type PointStatus = AreaPoint['status'];
export type DrugFreeList = Schemas['AreaDrugFree'];
export type DrugFreeAssessment = DrugFreeList['items'][number];
export type DrugFreeStatus = DrugFreeAssessment['status'];
export type Roadmap = Schemas['AreaRoadmap'];
export type RoadmapYear = Roadmap['items'][number];
export type KeyRoute = Schemas['AreaRoute'];
export type CaseStatus = Schemas['AreaCaseStatusInput']['status'];

/** The registries edited through the same pages: each is /areas/{registry}. */
export type Registry = 'points' | 'cases' | 'offenders' | 'wanted' | 'plant-finds';
/** What rows are deleted the same way (with a reason): the registries' and the key routes'. */
export type Deletable = Registry | 'routes';

export const getClassification = (query: QueryOf<'get', '/areas/classification'> = {}) =>
  call('get', '/areas/classification', { query });
export const getCommuneClassification = (code: string, year: number | string) =>
  call('get', '/areas/classification/{code}', { path: { code }, query: { year: Number(year) } });

export const listDrugFree = (year: number | string) => call('get', '/areas/drug-free', { query: { year: Number(year) } });
export const proposeDrugFree = (body: BodyOfRoute<'post', '/areas/drug-free'>) => call('post', '/areas/drug-free', { body });
export const reviewDrugFree = (id: number, note: string) =>
  call('post', '/areas/drug-free/{id}/review', { path: { id }, body: { note } });
export const decideDrugFree = (id: number, body: BodyOfRoute<'post', '/areas/drug-free/{id}/decision'>) =>
  call('post', '/areas/drug-free/{id}/decision', { path: { id }, body });
export const freezeDrugFree = (year: number) => call('post', '/areas/drug-free/freeze', { body: { year } });
export const drugFreeExportUrl = (year: number | string) => urlOf('/areas/drug-free/export.xlsx', { query: { year: Number(year) } });

export const setRoadmapTarget = (year: number | string, body: BodyOfRoute<'put', '/areas/roadmap/{year}'>) =>
  call('put', '/areas/roadmap/{year}', { path: { year: Number(year) }, body });

export const listRoutes = () => call('get', '/areas/routes');
export const createRoute = (body: BodyOfRoute<'post', '/areas/routes'>) => call('post', '/areas/routes', { body });
export const updateRoute = (id: number, body: BodyOfRoute<'patch', '/areas/routes/{id}'>) =>
  call('patch', '/areas/routes/{id}', { path: { id }, body });

export const listPoints = (query: QueryOf<'get', '/areas/points'>) => call('get', '/areas/points', { query });

// The registries share their routes' shape, so one call serves each; the answer is the registry's own.
// Their bodies are built from the field table of pages/areas/registries.ts; the server checks each field.
export const listRecords = (registry: Registry, query: QueryOf<'get', '/areas/points'>) =>
  call('get', `/areas/${registry}`, { query });
export const listCases = (query: QueryOf<'get', '/areas/cases'>) => call('get', '/areas/cases', { query });
export const createRecord = (registry: Registry, body: Record<string, unknown>) =>
  call('post', `/areas/${registry}`, { body: body as never });
export const updateRecord = (registry: Registry, id: number, body: Record<string, unknown>) =>
  call('patch', `/areas/${registry}/{id}`, { path: { id }, body: body as never });
export const deleteRecord = (registry: Deletable, id: number, reason: string) =>
  call('delete', `/areas/${registry}/{id}`, { path: { id }, query: { reason } });
export const changePointStatus = (id: number, body: BodyOfRoute<'post', '/areas/points/{id}/status'>) =>
  call('post', '/areas/points/{id}/status', { path: { id }, body });
export const changeCaseStatus = (id: number, body: BodyOfRoute<'post', '/areas/cases/{id}/status'>) =>
  call('post', '/areas/cases/{id}/status', { path: { id }, body });
export const pointHistory = (id: number) => call('get', '/areas/points/{id}/history', { path: { id } });
export const caseHistory = (id: number) => call('get', '/areas/cases/{id}/history', { path: { id } });
