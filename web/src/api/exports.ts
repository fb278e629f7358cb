// "Tải Excel" of every table: the list's own filters sent to its export route, which reads the same
// list within the reader's scope, without paging, and answers an XLSX workbook.
import { urlOf, type QueryOf } from './endpoint';
import { downloadFile } from './plans';
import type { Registry } from './areas';

export const exportClassification = (filters: QueryOf<'get', '/areas/classification/export.xlsx'>) =>
  downloadFile(urlOf('/areas/classification/export.xlsx', { query: filters }), `phan-loai-${filters.year ?? ''}.xlsx`);

/** A commune registry (points, cases, offenders, wanted, plant-finds): they share their export's filters. */
export const exportRegistry = (registry: Registry, filters: QueryOf<'get', '/areas/points/export.xlsx'>) =>
  downloadFile(urlOf(`/areas/${registry}/export.xlsx`, { query: filters }), `so-${registry}.xlsx`);

export const exportWorklist = (filters: QueryOf<'get', '/worklist/export.xlsx'>) =>
  downloadFile(urlOf('/worklist/export.xlsx', { query: filters }), 'viec-can-lam.xlsx');

/** Report instances: the review queue, an agency's due reports. */
export const exportReportInstances = (filters: QueryOf<'get', '/report-instances/export.xlsx'>) =>
  downloadFile(urlOf('/report-instances/export.xlsx', { query: filters }), 'bao-cao.xlsx');

export const exportMyTasks = () => downloadFile(urlOf('/my/tasks/export.xlsx'), 'nhiem-vu.xlsx');

export const exportPlans = (filters: QueryOf<'get', '/plans/export.xlsx'>) =>
  downloadFile(urlOf('/plans/export.xlsx', { query: filters }), 'ke-hoach.xlsx');

export const exportUsers = (filters: QueryOf<'get', '/users/export.xlsx'>) =>
  downloadFile(urlOf('/users/export.xlsx', { query: filters }), 'nguoi-dung.xlsx');

export const exportAudit = (filters: QueryOf<'get', '/audit/export.xlsx'>) =>
  downloadFile(urlOf('/audit/export.xlsx', { query: filters }), 'nhat-ky.xlsx');
