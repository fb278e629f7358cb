// Shapes of the plans API (src/api/openapi/plans.json) and the calls that need more than
// api.get/post: the document upload, evidence files in base64, and file downloads.
import { ApiError, request, withQuery } from './client';

export type DueKind =
  | 'date'
  | 'month'
  | 'quarter'
  | 'year'
  | 'relative'
  | 'recurring'
  | 'continuous'
  | 'conditional'
  | 'none';
export type Every = 'year' | 'half_year' | 'quarter' | 'month';
export type PlanKind = 'ke_hoach' | 'nghi_quyet' | 'chuong_trinh' | 'quyet_dinh' | 'other';
export type TaskRole = 'lead' | 'cooperating' | 'requested';
export type TaskStatus = 'done' | 'in_progress' | 'overdue';
export type DueState = 'scheduled' | 'awaiting_condition' | 'no_deadline' | 'beyond_horizon';
export type Progress = 'not_started' | 'in_progress' | 'done';
export type InstanceStatus = 'pending' | 'submitted' | 'accepted' | 'returned';

/** A deadline as the plan states it; fields that do not apply are absent. */
export interface Due {
  kind: DueKind;
  date?: string;
  every?: Every;
  day?: number;
  month?: number;
  days?: number;
  text?: string;
}

export interface PlanDocument {
  number: string;
  date?: string;
  issuer?: string;
  kind: PlanKind;
  title: string;
  /** The issuing province the parser found in the header (docs/plan-parser.md); absent when none. */
  province_code?: string;
  province_name?: string;
}

export interface Target {
  text: string;
  value?: number | null;
  unit?: string | null;
  year?: number | null;
}

/** One task of the parser's extraction (agencies by canonical name). */
export interface ParsedTask {
  ref: string;
  /** Titles of the sections above the task, outermost first ("II. NHIỆM VỤ, GIẢI PHÁP", "1. …"). */
  section?: string[];
  text: string;
  lead: string[];
  cooperating: string[];
  requested: string[];
  due: Due;
}

export interface ParseResult {
  plan: { document: PlanDocument; targets: Target[]; tasks: ParsedTask[] };
  source_name: string;
  source_text: string;
  /** Every agency the extraction names, with its catalogue id (null: not in the catalogue). */
  agencies: { name: string; agency_id: number | null }[];
  unknown_agencies: string[];
  /** The issuing province when it is not the user's, with the server's Vietnamese warning; saving then needs confirm_other_province. */
  other_province: { code: string; name: string; message: string } | null;
}

/** An agency in a plan to save: a catalogue id, or a name the user confirmed as new. */
export type AgencyRef = { id: number } | string;

/** A task as POST /plans (in its tasks) and POST /plans/{id}/tasks take it. */
export interface TaskBody {
  ref: string;
  section: string[];
  text: string;
  lead: AgencyRef[];
  cooperating: AgencyRef[];
  requested: AgencyRef[];
  due: Due;
}

export interface SavePlanBody {
  document: PlanDocument;
  targets: Target[];
  tasks: TaskBody[];
  source_name: string;
  source_text: string;
  parent_plan_id: number | null;
  reporting: { every: Every };
  horizon_year: number | null;
  new_agencies: { name: string; kind: string }[];
  confirm_other_province: boolean;
}

export interface SavedPlan {
  id: number;
  tasks: number;
  instances: number;
  created_agencies: { id: number; name: string }[];
}

export interface Owner {
  kind: 'agency' | 'commune';
  id: string;
  name: string;
}

export interface PlanSummary {
  id: number;
  province_code: string;
  document: Required<PlanDocument>;
  parent_plan_id: number | null;
  reporting: { every: Every; day: number | null; month: number | null };
  horizon_year: number;
  task_count: number;
  tasks_done: number;
  tasks_overdue: number;
  source_name: string | null;
  created_at: string;
  owner: Owner | null;
}

export interface InstanceCounts {
  total: number;
  due: number;
  submitted: number;
  accepted: number;
  overdue: number;
  next_due: string | null;
}

export interface TaskAgency {
  id: number;
  name: string;
  role: TaskRole;
}

export interface Task {
  id: number;
  plan_id: number;
  ref: string;
  /** Section titles, outermost first; empty for tasks saved before titles were kept. */
  section: string[];
  text: string;
  due: Due;
  due_state: DueState;
  status: TaskStatus;
  done_on: string | null;
  agencies: TaskAgency[];
  instances: InstanceCounts;
}

export interface PlanDetail extends PlanSummary {
  source_text?: string;
  parent: PlanSummary | null;
  children: PlanSummary[];
  targets: Target[];
  tasks: Task[];
}

/** A task of the signed-in agency, with its plan and the agency's role in it. */
export interface MyTask extends Task {
  plan: { id: number; number: string; title: string };
  role: TaskRole;
}

export interface Instance {
  id: number;
  plan: { id: number; number: string };
  task: { id: number; ref: string; text: string };
  agency: { id: number; name: string };
  /** False for agencies addressed with "Đề nghị": they may report, they are not counted late. */
  required: boolean;
  period_key: string;
  period_label: string;
  due_date: string;
  status: InstanceStatus;
  overdue: boolean;
  first_submitted_on: string | null;
  on_time: boolean | null;
  progress: Progress | null;
  last_report_id: number | null;
}

export interface ResultItem {
  indicator: string;
  value?: number | string;
  unit?: string;
}

export interface EvidenceFile {
  id: number;
  name: string;
  content_type: string;
  size: number;
}

export interface Report {
  id: number;
  instance_id: number;
  agency: { id: number; name: string };
  progress: Progress;
  narrative: string;
  results: ResultItem[];
  submitted_by: string;
  submitted_at: string;
  review: 'accepted' | 'returned' | null;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  files: EvidenceFile[];
}

export interface InstanceDetail extends Instance {
  reports: Report[];
}

export interface Tally {
  required: number;
  assessable: number;
  on_time: number;
  late: number;
  missing: number;
  overdue: number;
  awaiting_review: number;
  accepted: number;
  on_time_rate: number | null;
}

export interface AgencyStats {
  id: number;
  name: string;
  rank: number | null;
  tasks: { lead: number; cooperating: number; requested: number; overdue: number };
  reports: Tally;
}

export interface PlanStats {
  as_of: string;
  plans: number;
  tasks: {
    total: number;
    done: number;
    in_progress: number;
    overdue: number;
    awaiting_date: number;
    due: number;
    overdue_share: number | null;
  };
  reports: Tally;
  agencies: AgencyStats[];
  commend: number[];
  criticise: number[];
}

export type InboxKind = 'reminder' | 'overdue' | 'review_needed' | 'report_returned' | 'report_accepted';

export interface InboxItem {
  kind: InboxKind;
  title: string;
  body: string;
  notification_id: number | null;
  instance_id: number | null;
  report_id: number | null;
  plan_id: number | null;
  task_id: number | null;
  agency: { id: number; name: string } | null;
  due_date: string | null;
  days: number | null;
  created_at: string | null;
  read: boolean;
}

export interface Inbox {
  as_of: string;
  reminder_days: number;
  counts: { reminders: number; overdue: number; review_needed: number; unread: number };
  reminders: InboxItem[];
  overdue: InboxItem[];
  review_needed: InboxItem[];
  notifications: InboxItem[];
}

/** Sends a plan document as raw bytes; the server reads .txt, .md, .docx and text PDFs. */
export function parsePlanFile(file: File): Promise<ParseResult> {
  return request<ParseResult>('POST', withQuery('/plans/parse', { filename: file.name }), {
    raw: { text: file, contentType: file.type || 'application/octet-stream' },
  });
}

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
