// One task: its full text, agencies, deadline and status, every report instance it owes, and (for
// the plan's managers) corrections: wording, agencies, a deadline (a conditional task gets its date
// once the event happened). The server reschedules the report instances.
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useUser } from '../../auth';
import { ApiError } from '../../api/client';
import { getPlan, getTask, listInstances, updateTask, type Instance, type Task, type TaskRole } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import type { Column } from '../../components/Table';
import { useLoad, useSubmit } from '../../lib/hooks';
import { NotFound } from '../NotFound';
import { canPlans } from '../../lib/access/plans';
import { useCatalogue } from './catalogue';
import { taskBody, type DraftTask } from './draft';
import { INSTANCE_STATUS_LABELS, PROGRESS_LABELS, instanceState, instanceTone } from './labels';
import { formatDate } from '../../lib/format';
import { label } from '../../lib/labels';
import { StatusTag, TaskAgencies, TaskDue } from './PlanTasks';
import { TaskFields } from './TaskFields';
import './plans.css';

export const instanceColumns: Column<Instance>[] = [
  { label: 'Cơ quan', render: (i) => i.agency.name },
  { label: 'Kỳ báo cáo', render: (i) => i.period_label },
  { label: 'Hạn nộp', render: (i) => formatDate(i.due_date) },
  {
    label: 'Tình trạng',
    render: (i) => <span className={`tag tag-${instanceTone(i)}`}>{instanceState(i)}</span>,
  },
  { label: 'Tiến độ báo cáo', render: (i) => label(PROGRESS_LABELS, i.progress) },
  {
    label: 'Thao tác',
    render: (i) => (
      <Link to={`/ke-hoach/bao-cao/${i.id}`} aria-label={`Xem báo cáo ${i.period_label} của ${i.agency.name}`}>
        Xem
      </Link>
    ),
  },
];

export function TaskDetail() {
  const { id = '' } = useParams();
  const user = useUser();
  const loaded = useLoad(() => getTask(id), id);
  const task = loaded.data;
  const plan = useLoad(
    () => (task ? getPlan(task.plan_id) : Promise.resolve(undefined)),
    String(task?.plan_id ?? ''),
  );
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState(false);
  const instances = useLoad(
    () => listInstances({ task_id: Number(id), page, page_size: 50 }),
    `${id}|${page}|${loaded.data?.due.kind ?? ''}|${JSON.stringify(loaded.data?.agencies ?? [])}`,
  );

  if (loaded.failure instanceof ApiError && loaded.failure.status === 404) return <NotFound what="Nhiệm vụ" />;
  if (loaded.error) return <Alert>{loaded.error}</Alert>;
  if (!task || String(task.id) !== id) {
    return (
      <p className="loading" role="status">
        Đang tải…
      </p>
    );
  }
  const p = plan.data;
  const manage = !!p && canPlans.manage(user, p);

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/ke-hoach">Kế hoạch</Link> › <Link to={`/ke-hoach/${task.plan_id}`}>{p?.document.number ?? 'Kế hoạch'}</Link> ›{' '}
        {task.ref || `Nhiệm vụ #${task.id}`}
      </p>
      <PageHeader title={`Nhiệm vụ ${task.ref}`.trim()}>
        {manage && !editing && (
          <button type="button" className="button secondary" onClick={() => setEditing(true)}>
            Sửa nhiệm vụ
          </button>
        )}
      </PageHeader>
      {editing ? (
        <TaskEditForm
          task={task}
          province={user.province_code}
          onDone={(changed) => {
            setEditing(false);
            if (changed) loaded.reload();
          }}
        />
      ) : (
        <>
          <p className="task-full">{task.text}</p>
          <dl className="facts">
            <div>
              <dt>Cơ quan</dt>
              <dd>
                <TaskAgencies task={task} />
              </dd>
            </div>
            <div>
              <dt>Thời hạn</dt>
              <dd>
                <TaskDue task={task} />
                {task.due.text && <span className="muted"> “{task.due.text}”</span>}
              </dd>
            </div>
            <div>
              <dt>Tình trạng</dt>
              <dd>
                <StatusTag status={task.status} />
                {task.done_on && <span className="muted"> ngày {formatDate(task.done_on)}</span>}
              </dd>
            </div>
          </dl>
        </>
      )}
      <h2>Các kỳ báo cáo</h2>
      <PagedTable
        loaded={instances}
        caption="Các kỳ báo cáo của nhiệm vụ"
        columns={instanceColumns}
        rowKey={(i) => i.id}
        empty="Nhiệm vụ chưa có kỳ báo cáo nào (chưa có hạn hoặc đang chờ điều kiện)."
        noun="kỳ báo cáo"
        onPage={setPage}
      />
      <p className="hint">
        Tình trạng: {Object.values(INSTANCE_STATUS_LABELS).join(', ')}; kỳ quá hạn mà chưa gửi được đánh dấu “Quá hạn”.
      </p>
    </section>
  );
}

function draftOf(task: Task): DraftTask {
  const pick = (role: TaskRole) => task.agencies.filter((a) => a.role === role).map((a) => ({ id: a.id, name: a.name }));
  return { key: `task-${task.id}`, ref: task.ref, section: task.section, text: task.text, lead: pick('lead'),
    cooperating: pick('cooperating'), requested: pick('requested'), due: task.due };
}

function TaskEditForm({ task, province, onDone }: { task: Task; province: string; onDone(changed: boolean): void }) {
  const catalogue = useCatalogue(province);
  const [draft, setDraft] = useState(() => draftOf(task));
  const { busy, error, run } = useSubmit();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      await updateTask(task.id, taskBody(draft));
    });
    if (ok) onDone(true);
  }

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby="task-edit-title">
      <h2 id="task-edit-title">Sửa nhiệm vụ</h2>
      <Alert>{error.message || catalogue.error}</Alert>
      <TaskFields id="task" task={draft} catalogue={catalogue.data ?? []} errorField={error.field} onChange={setDraft} />
      <div className="buttons">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Lưu nhiệm vụ'}
        </button>
        <button type="button" className="button secondary" onClick={() => onDone(false)}>
          Hủy
        </button>
      </div>
    </form>
  );
}
