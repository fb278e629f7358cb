// The plan being reviewed before it is saved: the parser's extraction turned into something a
// person corrects (agencies with their catalogue ids, the decisions about unknown agencies), and
// back into the body of POST /plans. Pure functions, no React.
import type { AgencyRef, Due, Every, ParseResult, PlanDocument, SavePlanBody, Target, TaskBody, TaskRole } from '../../api/plans';

/** An agency named in a task: id null means the catalogue does not have it ("Cơ quan mới"). */
export interface DraftAgency {
  id: number | null;
  name: string;
}

export interface DraftTask {
  /** Stable React key; not sent. */
  key: string;
  ref: string;
  /** The section titles the parser read above the task; kept as they are. */
  section: string[];
  text: string;
  lead: DraftAgency[];
  cooperating: DraftAgency[];
  requested: DraftAgency[];
  due: Due;
}

/** What to do with an agency the catalogue lacks: nothing until the user says so. */
export type UnknownChoice =
  | { action: 'undecided' }
  | { action: 'create'; kind: string }
  | { action: 'replace'; id: number; name: string }
  | { action: 'drop' };

/** The document's fields as the form edits them: the parser leaves out those it did not find. */
export type DraftDocument = PlanDocument & Required<Pick<PlanDocument, 'number' | 'date' | 'issuer' | 'title'>>;

export interface Draft {
  document: DraftDocument;
  targets: Target[];
  tasks: DraftTask[];
  sourceName: string;
  sourceText: string;
  parentPlanId: string;
  reportingEvery: Every;
  horizonYear: string;
  unknown: Record<string, UnknownChoice>;
  /** Another province issued the plan: saved only once the user confirms it. */
  otherProvince: ParseResult['other_province'];
  confirmOtherProvince: boolean;
}

export const ROLES: TaskRole[] = ['lead', 'cooperating', 'requested'];

let nextKey = 0;
export function newKey(): string {
  nextKey += 1;
  return `t${nextKey}`;
}

export function draftFromParse(result: ParseResult): Draft {
  const ids = new Map(result.agencies.map((a) => [a.name, a.agency_id]));
  const agencies = (names: string[]) => names.map((name) => ({ id: ids.get(name) ?? null, name }));
  const unknown: Record<string, UnknownChoice> = {};
  for (const a of result.agencies) if (a.agency_id === null) unknown[a.name] = { action: 'undecided' };
  return {
    document: {
      ...result.plan.document,
      number: result.plan.document.number ?? '',
      date: result.plan.document.date ?? '',
      issuer: result.plan.document.issuer ?? '',
      title: result.plan.document.title ?? '',
    },
    targets: result.plan.targets.map((t) => ({ ...t })),
    tasks: result.plan.tasks.map((t) => ({
      key: newKey(),
      ref: t.ref,
      section: t.section ?? [],
      text: t.text,
      lead: agencies(t.lead),
      cooperating: agencies(t.cooperating),
      requested: agencies(t.requested),
      due: { ...t.due },
    })),
    sourceName: result.source_name,
    sourceText: result.source_text,
    parentPlanId: '',
    reportingEvery: 'half_year',
    horizonYear: '',
    unknown,
    otherProvince: result.other_province,
    confirmOtherProvince: false,
  };
}

export function emptyTask(): DraftTask {
  return { key: newKey(), ref: '', section: [], text: '', lead: [], cooperating: [], requested: [], due: { kind: 'none' } };
}

/** Unknown agencies still named by some task, in order of first appearance. */
export function unknownInUse(draft: Draft): string[] {
  const seen = new Set<string>();
  for (const t of draft.tasks) for (const role of ROLES) for (const a of t[role]) if (a.id === null) seen.add(a.name);
  return [...seen];
}

export function undecided(draft: Draft): string[] {
  return unknownInUse(draft).filter((name) => (draft.unknown[name]?.action ?? 'undecided') === 'undecided');
}

/** Each agency once per role list, whatever the user added twice. */
function refs(list: DraftAgency[], unknown: Record<string, UnknownChoice>): AgencyRef[] {
  const out: AgencyRef[] = [];
  const seen = new Set<string>();
  for (const a of list) {
    let ref: AgencyRef | null = a.id === null ? null : { id: a.id };
    if (a.id === null) {
      const choice = unknown[a.name];
      if (choice?.action === 'create') ref = a.name;
      else if (choice?.action === 'replace') ref = { id: choice.id };
    }
    if (ref === null) continue;
    const key = typeof ref === 'string' ? `n:${ref}` : `i:${ref.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ref);
  }
  return out;
}

/** Drops the fields a deadline kind does not use, so the server reads only what the user sees. */
export function cleanDue(due: Due): Due {
  const out: Due = { kind: due.kind };
  if (due.text?.trim()) out.text = due.text.trim();
  switch (due.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'year':
      if (due.date) out.date = due.date;
      break;
    case 'relative':
      if (due.date) out.date = due.date;
      if (due.days) out.days = due.days;
      break;
    case 'recurring':
      if (due.every) out.every = due.every;
      if (due.day) out.day = due.day;
      if (due.month && due.every === 'year') out.month = due.month;
      break;
    default:
      break;
  }
  return out;
}

/** A task to send; agencies the catalogue lacks go by the user's decision about them. */
export function taskBody(t: DraftTask, unknown: Record<string, UnknownChoice> = {}): TaskBody {
  return {
    ref: t.ref.trim(),
    section: t.section,
    text: t.text.trim(),
    lead: refs(t.lead, unknown),
    cooperating: refs(t.cooperating, unknown),
    requested: refs(t.requested, unknown),
    due: cleanDue(t.due),
  };
}

export function saveBody(draft: Draft): SavePlanBody {
  const used = new Set(unknownInUse(draft));
  const horizon = Number(draft.horizonYear);
  return {
    document: {
      number: draft.document.number.trim(),
      date: draft.document.date,
      issuer: draft.document.issuer.trim(),
      kind: draft.document.kind,
      title: draft.document.title.trim(),
      province_code: draft.document.province_code,
    },
    targets: draft.targets.map((t) => ({
      text: t.text,
      value: t.value ?? null,
      unit: t.unit || null,
      year: t.year ?? null,
    })),
    tasks: draft.tasks.map((t) => taskBody(t, draft.unknown)),
    source_name: draft.sourceName,
    source_text: draft.sourceText,
    parent_plan_id: draft.parentPlanId ? Number(draft.parentPlanId) : null,
    reporting: { every: draft.reportingEvery },
    horizon_year: draft.horizonYear.trim() && Number.isInteger(horizon) ? horizon : null,
    new_agencies: Object.entries(draft.unknown)
      .filter(([name, c]) => used.has(name) && c.action === 'create')
      .map(([name, c]) => ({ name, kind: c.action === 'create' ? c.kind : 'khac' })),
    confirm_other_province: draft.confirmOtherProvince,
  };
}

/** "tasks[3].lead[0]" → 3: which task card a server error is about. */
export function taskIndexOf(field: string | undefined): number | null {
  const m = /^tasks\[(\d+)\]/.exec(field ?? '');
  return m ? Number(m[1]) : null;
}

// Deadlines of a period end on its last day (the parser gives the same dates).
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function quarterEnd(year: number, quarter: number): string {
  return lastDayOfMonth(year, quarter * 3);
}
