// The plans API's shapes, named from the generated contract (src/api/openapi/plans.json), and one call
// per route the pages use: plans, tasks, report instances and reports, tracking and the inbox.
import { ApiError } from './client';
import { call, urlOf, type BodyOfRoute, type QueryOf, type Schemas } from './endpoint';

export type Due = Schemas['Due'];
export type DueKind = Due['kind'];
export type Every = NonNullable<Due['every']>;
export type PlanKind = 'ke_hoach' | 'nghi_quyet' | 'chuong_trinh' | 'quyet_dinh' | 'other';
export type ParseResult = Schemas['ParsedPlan'];
export type PlanDocument = ParseResult['plan']['document'];
export type Target = NonNullable<SavePlanBody['targets']>[number];
export type ParsedTask = ParseResult['plan']['tasks'][number];
/** An agency in a plan to save: a catalogue id, or a name the user confirmed as new. */
export type AgencyRef = Schemas['AgencyRef'];
/** A task as POST /plans (in its tasks) and POST /plans/{id}/tasks take it. */
export type TaskBody = Schemas['TaskInput'];
export type SavePlanBody = Schemas['PlanInput'];
export type SavedPlan = Schemas['SavedPlan'];
export type Owner = Schemas['PlanOwner'];
export type PlanSummary = Schemas['PlanSummary'];
export type PlanDetail = Schemas['Plan'];
export type Task = Schemas['Task'];
export type TaskAgency = Task['agencies'][number];
export type TaskRole = TaskAgency['role'];
export type TaskStatus = Task['status'];
export type DueState = Task['due_state'];
export type InstanceCounts = Task['instances'];
/** A task of the signed-in agency, with its plan and the agency's role in it. */
export type MyTask = Schemas['MyTasks']['items'][number];
export type Instance = Schemas['ReportInstances']['items'][number];
export type InstanceStatus = Instance['status'];
export type InstanceDetail = Schemas['ReportInstance'];
export type Report = Schemas['Report'];
export type Progress = Report['progress'];
export type ResultItem = Report['results'][number];
export type EvidenceFile = Report['files'][number];
export type PlanStats = Schemas['PlanStats'];
export type Tally = PlanStats['reports'];
export type AgencyStats = PlanStats['agencies'][number];
export type Inbox = Schemas['Inbox'];
export type InboxItem = Schemas['InboxItem'];
export type InboxKind = InboxItem['kind'];

/** Sends a plan document as raw bytes; the server reads .txt, .md, .docx and text PDFs. */
export const parsePlanFile = (file: File) =>
  call('post', '/plans/parse', {
    query: { filename: file.name },
    raw: { text: file, contentType: file.type || 'application/octet-stream' },
  });
export const listPlans = (query: QueryOf<'get', '/plans'>) => call('get', '/plans', { query });
export const savePlan = (body: SavePlanBody) => call('post', '/plans', { body });
export const getPlan = (id: number | string) => call('get', '/plans/{id}', { path: { id: Number(id) } });
export const updatePlan = (id: number, body: BodyOfRoute<'patch', '/plans/{id}'>) =>
  call('patch', '/plans/{id}', { path: { id }, body });
export const getPlanStats = (id: number) => call('get', '/plans/{id}/stats', { path: { id } });
export const getProvincePlanStats = () => call('get', '/plan-stats');
/** The address of a plan's report (DOCX or XLSX) over a period, for downloadFile. */
export const planExportUrl = (id: number, format: 'docx' | 'xlsx', query: QueryOf<'get', '/plans/{id}/export.docx'>) =>
  format === 'docx'
    ? urlOf('/plans/{id}/export.docx', { path: { id }, query })
    : urlOf('/plans/{id}/export.xlsx', { path: { id }, query });

export const getTask = (id: number | string) => call('get', '/tasks/{id}', { path: { id: Number(id) } });
export const addTask = (planId: number, body: TaskBody) => call('post', '/plans/{id}/tasks', { path: { id: planId }, body });
export const updateTask = (id: number, body: BodyOfRoute<'patch', '/tasks/{id}'>) =>
  call('patch', '/tasks/{id}', { path: { id }, body });
export const deleteTask = (id: number, reason: string) => call('delete', '/tasks/{id}', { path: { id }, query: { reason } });
export const listMyTasks = (query: QueryOf<'get', '/my/tasks'>) => call('get', '/my/tasks', { query });

export const listInstances = (query: QueryOf<'get', '/report-instances'>) => call('get', '/report-instances', { query });
export const getInstance = (id: number | string) => call('get', '/report-instances/{id}', { path: { id: Number(id) } });
export const submitReport = (instanceId: number, body: BodyOfRoute<'post', '/report-instances/{id}/reports'>) =>
  call('post', '/report-instances/{id}/reports', { path: { id: instanceId }, body });
export const reviewReport = (id: number, body: BodyOfRoute<'post', '/reports/{id}/review'>) =>
  call('post', '/reports/{id}/review', { path: { id }, body });
/** The address of a report's evidence file, for downloadFile. */
export const evidenceFileUrl = (reportId: number, fileId: number) =>
  urlOf('/reports/{id}/files/{fid}', { path: { id: reportId, fid: fileId } });

export const getInbox = (limit: number) => call('get', '/inbox', { query: { limit } });
export const markNotificationRead = (notificationId: number) => call('post', '/inbox/{id}/read', { path: { id: notificationId } });
export const updatePlanSettings = (body: BodyOfRoute<'patch', '/plan-settings'>) => call('patch', '/plan-settings', { body });

/** A file's bytes as base64, for evidence attached to a report. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = reader.result;
      if (typeof url !== 'string') return reject(new Error('read failed'));
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The name the server gave a download (RFC 6266 filename*, else filename). */
function attachmentName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? fallback;
}

/**
 * Fetches a file from the API and offers it as a download, so that a refusal shows the server's
 * Vietnamese message on the page instead of replacing the page with JSON.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new ApiError(
      response.status,
      body?.code ?? 'unknown',
      body?.message || 'Không tải được tệp. Vui lòng thử lại sau.',
    );
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachmentName(response.headers.get('Content-Disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
