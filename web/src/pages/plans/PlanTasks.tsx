// A plan's tasks under their section titles ("II. NHIỆM VỤ, GIẢI PHÁP" › "1. Công tác tuyên
// truyền", as in the consolidated report; tasks saved before titles were kept: the first part of
// their reference, "Mục II"), with their agencies, deadline, status and reports; filtered by agency
// (the per-agency view) and by status. The filters live in the URL so a view can be shared. A plan
// manager adds a task and deletes one with a reason here.
import { Link, useSearchParams } from 'react-router';
import type { PlanDetail, Task, TaskRole, TaskStatus } from '../../api/plans';
import { SelectField, optionsOf } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { formatNumber, formatDate } from '../../lib/format';
import { TaskAdd } from './TaskAdd';
import { TaskDelete } from './TaskDelete';
import { sectionLine } from './TaskFields';
import { DUE_STATE_LABELS, TASK_ROLE_LABELS, TASK_STATUS_LABELS, dueSummary } from './labels';

const TEXT_PREVIEW = 180;

/** The titles a task is grouped under: its first two section titles (the server groups the same way). */
const GROUPING_DEPTH = 2;

function groupOf(t: Task): { key: string; title: string } {
  if (t.section.length === 0) {
    const part = t.ref.split('.')[0] ?? '';
    return { key: `ref:${part}`, title: part ? `Mục ${part}` : 'Nhiệm vụ khác' };
  }
  const titles = t.section.slice(0, GROUPING_DEPTH);
  return { key: JSON.stringify(titles), title: sectionLine(titles) };
}

export function StatusTag({ status }: { status: TaskStatus }) {
  const tone = status === 'done' ? 'tag-on' : status === 'overdue' ? 'tag-off' : 'tag-wait';
  return <span className={`tag ${tone}`}>{TASK_STATUS_LABELS[status]}</span>;
}

export function TaskAgencies({ task }: { task: Task }) {
  const roles = (Object.keys(TASK_ROLE_LABELS) as TaskRole[])
    .map((role) => ({ role, names: task.agencies.filter((a) => a.role === role).map((a) => a.name) }))
    .filter((r) => r.names.length > 0);
  if (roles.length === 0) return <span className="muted">Chưa giao</span>;
  return (
    <span className="stack">
      {roles.map((r) => (
        <span key={r.role}>
          <span className="muted">{TASK_ROLE_LABELS[r.role]}:</span> {r.names.join('; ')}
        </span>
      ))}
    </span>
  );
}

export function TaskDue({ task }: { task: Task }) {
  return (
    <span className="stack">
      <span>{dueSummary(task.due)}</span>
      {task.due_state !== 'scheduled' && task.due.kind !== 'none' && <span className="muted">{DUE_STATE_LABELS[task.due_state]}</span>}
    </span>
  );
}

export function TaskReports({ task }: { task: Task }) {
  const c = task.instances;
  if (c.total === 0) return <span className="muted">Không có kỳ báo cáo</span>;
  return (
    <span className="stack">
      <span>
        {formatNumber(c.submitted + c.accepted)}/{formatNumber(c.due)} kỳ đến hạn đã gửi
      </span>
      {c.overdue > 0 && <span className="tag tag-off">{formatNumber(c.overdue)} quá hạn</span>}
      {c.next_due && <span className="muted">Hạn tới: {formatDate(c.next_due)}</span>}
    </span>
  );
}

function preview(text: string): string {
  return text.length > TEXT_PREVIEW ? `${text.slice(0, TEXT_PREVIEW).trimEnd()}…` : text;
}

const columns: Column<Task>[] = [
  { label: 'Số hiệu', render: (t) => <Link to={`/ke-hoach/nhiem-vu/${t.id}`}>{t.ref || `#${t.id}`}</Link> },
  {
    label: 'Nhiệm vụ',
    render: (t) => (
      <span className="stack">
        {t.section.length > GROUPING_DEPTH && (
          <span className="muted">{sectionLine(t.section.slice(GROUPING_DEPTH))}</span>
        )}
        <span className="task-preview">{preview(t.text)}</span>
      </span>
    ),
  },
  { label: 'Cơ quan', render: (t) => <TaskAgencies task={t} /> },
  { label: 'Thời hạn', render: (t) => <TaskDue task={t} /> },
  { label: 'Tình trạng', render: (t) => <StatusTag status={t.status} /> },
  { label: 'Báo cáo', render: (t) => <TaskReports task={t} /> },
];

interface Props {
  plan: PlanDetail;
  /** A plan manager adds and deletes tasks (the province of the catalogue to pick agencies from). */
  manage?: { province: string; onChanged(): void };
}

export function PlanTasks({ plan, manage }: Props) {
  const [params, setParams] = useSearchParams();
  const agency = params.get('co-quan') ?? '';
  const status = params.get('tinh-trang') ?? '';

  const agencies = new Map<number, string>();
  for (const t of plan.tasks) for (const a of t.agencies) agencies.set(a.id, a.name);
  const agencyOptions = [...agencies].map(([id, name]) => ({ value: String(id), label: name }));
  agencyOptions.sort((a, b) => a.label.localeCompare(b.label, 'vi'));

  const shown = plan.tasks.filter(
    (t) => (!agency || t.agencies.some((a) => String(a.id) === agency)) && (!status || t.status === status),
  );
  const sections: { key: string; title: string; tasks: Task[] }[] = [];
  for (const t of shown) {
    const group = groupOf(t);
    const last = sections[sections.length - 1];
    if (last && last.key === group.key) last.tasks.push(t);
    else sections.push({ ...group, tasks: [t] });
  }
  const shownColumns: Column<Task>[] = manage
    ? [...columns, { label: 'Thao tác', render: (t) => <TaskDelete task={t} onDeleted={manage.onChanged} /> }]
    : columns;

  function update(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }

  return (
    <section aria-labelledby="tasks-title">
      <h2 id="tasks-title" tabIndex={-1}>
        Nhiệm vụ
      </h2>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="task-agency"
          label="Cơ quan"
          value={agency}
          onValue={(v) => update('co-quan', v)}
          options={agencyOptions}
          empty="Tất cả cơ quan"
        />
        <SelectField
          id="task-status"
          label="Tình trạng"
          value={status}
          onValue={(v) => update('tinh-trang', v)}
          options={optionsOf(TASK_STATUS_LABELS)}
          empty="Tất cả"
        />
      </form>
      <p className="hint" role="status">
        {formatNumber(shown.length)}/{formatNumber(plan.tasks.length)} nhiệm vụ
        {agency && agencies.has(Number(agency)) ? ` của ${agencies.get(Number(agency))}` : ''}.
      </p>
      {manage && <TaskAdd plan={plan} province={manage.province} onAdded={manage.onChanged} />}
      {sections.length === 0 && <p className="muted">Không có nhiệm vụ nào khớp với điều kiện lọc.</p>}
      {sections.map((s, i) => (
        <section key={i} aria-labelledby={`section-${i}`} className="task-section">
          <h3 id={`section-${i}`}>{s.title}</h3>
          <Table caption={`Nhiệm vụ: ${s.title}`} columns={shownColumns} rows={s.tasks} rowKey={(t) => t.id} empty="" />
        </section>
      ))}
    </section>
  );
}
