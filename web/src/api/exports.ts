// "Tải Excel" of every table: the list's own filters sent to its export route, which reads the same
// list within the reader's scope, without paging, and answers an XLSX workbook.
import { withQuery } from './client';
import { downloadFile } from './plans';

type Filters = Record<string, string | number | undefined | null>;

function exportList(path: string, filters: Filters, fileName: string): Promise<void> {
  return downloadFile(withQuery(`${path}/export.xlsx`, filters), fileName);
}

export const exportClassification = (filters: { year: string; type?: string }) =>
  exportList('/areas/classification', filters, `phan-loai-${filters.year}.xlsx`);

/** A commune registry (points, cases, offenders, wanted, plant-finds). */
export const exportRegistry = (registry: string, filters: { commune?: string; year?: string }) =>
  exportList(`/areas/${registry}`, filters, `so-${registry}.xlsx`);

export const exportWorklist = (filters: { commune?: string }) => exportList('/worklist', filters, 'viec-can-lam.xlsx');

/** Report instances: the review queue, an agency's due reports. */
export const exportReportInstances = (filters: { status?: string }) =>
  exportList('/report-instances', filters, 'bao-cao.xlsx');

export const exportMyTasks = () => exportList('/my/tasks', {}, 'nhiem-vu.xlsx');

export const exportPlans = (filters: { q?: string }) => exportList('/plans', filters, 'ke-hoach.xlsx');

export const exportUsers = (filters: { q?: string }) => exportList('/users', filters, 'nguoi-dung.xlsx');

export const exportAudit = (filters: Filters) => exportList('/audit', filters, 'nhat-ky.xlsx');
