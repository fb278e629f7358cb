// The people registry's shapes, named from the generated contract (src/api/openapi/people.json), and
// one call per route the pages use.
import { call, urlOf, type BodyOfRoute, type QueryOf, type Schemas } from './endpoint';
import { downloadFile } from './plans';

export type Reference = Schemas['PeopleReference'];
export type EventType = Reference['event_types'][number];
export type EventField = EventType['fields'][number];
export type FieldKind = EventField['kind'];
/** One row of the server's placement table: the first row whose field holds its value (or with no field) says where the event puts the person. */
export type PlacementRule = EventType['placement'][number];
export type StateInfo = Reference['states'][number];
export type DrugType = Reference['drug_types'][number];
export type ListCode = StateInfo['lists'][number];

export type SearchPage = Schemas['PeopleList'];
/** One line of a search: the personal ID is masked unless the role needs it. */
export type PersonSummary = SearchPage['items'][number];
export type Person = Schemas['Person'];
export type Sex = Person['sex'];
export type PersonRecord = Schemas['PersonDetail'];
export type StoredEvent = PersonRecord['events'][number];
export type Lifecycle = Schemas['PersonLifecycle'];
export type Episode = Lifecycle['episodes'][number];
export type Deadline = Lifecycle['deadlines'][number];
export type DeadlineStatus = Deadline['status'];
export type Obligation = Lifecycle['obligations'][number];
/** The person's timeline after an event is recorded or withdrawn, as the record page shows it. */
export type TimelineAfterChange = Schemas['PersonEventWithdrawn'];
export type EventRecorded = Schemas['PersonEventRecorded'];

export type IdCheck = Schemas['PersonalIdCheck'];
export type RegistrationCheck = Schemas['PersonCheckResult'];
export type DuplicateCandidate = RegistrationCheck['duplicates'][number];
export type PersonInput = Schemas['PersonInput'];

export type Worklist = Schemas['Worklist'];
export type WorkItem = Worklist['items'][number];

export type ImportReport = Schemas['PeopleImportResult'];
export type RowProblem = ImportReport['errors'][number];
export type LinkageReport = Schemas['PeopleResidenceLinkageResult'];
export type LinkageItem = Schemas['PeopleResidenceLinks']['items'][number];
export type LinkStatus = LinkageItem['status'];
export type Statistics = Schemas['PeopleStatistics'];
export type CategoryCounts = Statistics['categories'][number];

export type Facility = Schemas['Facility'];
export type FacilityKind = Facility['kind'];
export type RulePack = Schemas['RulePacks']['items'][number];
export type RuleParam = RulePack['params'][number];
export type RuleChange = Schemas['RuleParamChange'];

/** A table sent for import or linkage: CSV as text, XLSX as base64. */
export type TableUpload = Schemas['PeopleImportInput'];

export const getReference = () => call('get', '/people/reference');
export const searchPeople = (query: QueryOf<'get', '/people'>) => call('get', '/people', { query });
/** The address of the list export (audited with its reason), for downloadFile. */
export const peopleExportUrl = (query: QueryOf<'get', '/people/export'>) => urlOf('/people/export', { query });
export const checkPerson = (body: BodyOfRoute<'post', '/people/check'>) => call('post', '/people/check', { body });
export const registerPerson = (body: PersonInput) => call('post', '/people', { body });
export const getPerson = (id: number | string, reason: string) =>
  call('get', '/people/{id}', { path: { id: Number(id) }, query: { reason } });
export const updatePerson = (id: number, body: BodyOfRoute<'patch', '/people/{id}'>) =>
  call('patch', '/people/{id}', { path: { id }, body });
export const recordEvent = (id: number, body: BodyOfRoute<'post', '/people/{id}/events'>) =>
  call('post', '/people/{id}/events', { path: { id }, body });
export const withdrawEvent = (id: number, eventId: number, reason: string) =>
  call('delete', '/people/{id}/events/{event_id}', { path: { id, event_id: eventId }, query: { reason } });
export const mergePerson = (id: number, body: BodyOfRoute<'post', '/people/{id}/merge'>) =>
  call('post', '/people/{id}/merge', { path: { id }, body });

/** The people import's template: the columns it reads, headed by their Vietnamese names. */
export const downloadPeopleTemplate = () =>
  downloadFile(urlOf('/people/import/template.xlsx'), 'mau-nhap-doi-tuong.xlsx');
/** Checks a file (commit false) or imports it; a large committed import answers a job to follow. */
export const importPeople = (body: BodyOfRoute<'post', '/people/import'>) => call('post', '/people/import', { body });
export const linkResidence = (body: BodyOfRoute<'post', '/people/residence-linkage'>) =>
  call('post', '/people/residence-linkage', { body });
export const listResidenceLinks = (query: QueryOf<'get', '/people/residence-links'>) =>
  call('get', '/people/residence-links', { query });
export const getStatistics = (commune: string) => call('get', '/people/statistics', { query: { commune } });
export const statisticsExportUrl = (query: QueryOf<'get', '/people/statistics/export'>) =>
  urlOf('/people/statistics/export', { query });
export const getWorklist = (query: QueryOf<'get', '/worklist'> = {}) => call('get', '/worklist', { query });

export const listFacilities = () => call('get', '/facilities');
export const createFacility = (body: BodyOfRoute<'post', '/facilities'>) => call('post', '/facilities', { body });
export const updateFacility = (id: number, body: BodyOfRoute<'patch', '/facilities/{id}'>) =>
  call('patch', '/facilities/{id}', { path: { id }, body });

export const listRulePacks = () => call('get', '/rule-packs');
/** Changes a rule value; the people it affects are recomputed by a job. */
export const setRuleParam = (pack: string, param: string, body: BodyOfRoute<'put', '/rule-packs/{pack}/params/{param}'>) =>
  call('put', '/rule-packs/{pack}/params/{param}', { path: { pack, param }, body });
