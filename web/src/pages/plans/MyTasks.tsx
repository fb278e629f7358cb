// "Nhiệm vụ của tôi" for an agency's users: the reports it owes (late and missing ones shown as
// such, due date first) and every task assigned to it across plans, with its role in each.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../auth';
import { listInstances, listMyTasks, type Instance, type MyTask } from '../../api/plans';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { SelectField } from '../../components/SelectField';
import type { Column } from '../../components/Table';
import { useLoad } from '../../lib/hooks';
import { scopeLabel } from '../../lib/labels';
import { formatDate } from '../../lib/format';
import { instanceState, instanceTone, TASK_ROLE_LABELS } from './labels';
import { StatusTag, TaskDue, TaskReports } from './PlanTasks';
import './plans.css';
import { exportMyTasks, exportReportInstances } from '../../api/exports';
import { ExcelButton } from '../../components/ExcelButton';

const PAGE_SIZE = 50;

/** Filters of the due list: the server's status values, in the order an agency needs them. */
const INSTANCE_FILTERS: { value: string; label: string }[] = [
  { value: 'open', label: 'Cần gửi (chưa gửi hoặc bị trả lại)' },
  { value: 'overdue', label: 'Quá hạn' },
  { value: 'submitted', label: 'Chờ duyệt' },
  { value: 'accepted', label: 'Đã duyệt' },
  { value: 'all', label: 'Tất cả' },
];

const dueColumns: Column<Instance>[] = [
  { label: 'Hạn nộp', render: (i) => formatDate(i.due_date) },
  { label: 'Kỳ báo cáo', render: (i) => i.period_label },
  {
    label: 'Nhiệm vụ',
    render: (i) => (
      <span className="stack">
        <span>
          Kế hoạch {i.plan.number}, nhiệm vụ {i.task.ref}
        </span>
        <span className="muted task-preview">{i.task.text.length > 140 ? `${i.task.text.slice(0, 140)}…` : i.task.text}</span>
      </span>
    ),
  },
  { label: 'Tình trạng', render: (i) => <span className={`tag tag-${instanceTone(i)}`}>{instanceState(i)}</span> },
  {
    label: 'Thao tác',
    render: (i) => (
      <Link
        className="button small secondary"
        to={`/ke-hoach/bao-cao/${i.id}`}
        aria-label={`${i.status === 'pending' || i.status === 'returned' ? 'Gửi báo cáo' : 'Xem báo cáo'} ${i.period_label}, nhiệm vụ ${i.task.ref}`}
      >
        {i.status === 'pending' || i.status === 'returned' ? 'Gửi báo cáo' : 'Xem'}
      </Link>
    ),
  },
];

const taskColumns: Column<MyTask>[] = [
  { label: 'Kế hoạch', render: (t) => <Link to={`/ke-hoach/${t.plan.id}`}>{t.plan.number}</Link> },
  { label: 'Số hiệu', render: (t) => <Link to={`/ke-hoach/nhiem-vu/${t.id}`}>{t.ref || `#${t.id}`}</Link> },
  { label: 'Nhiệm vụ', render: (t) => <span className="task-preview">{t.text.length > 200 ? `${t.text.slice(0, 200)}…` : t.text}</span> },
  { label: 'Vai trò', render: (t) => TASK_ROLE_LABELS[t.role] },
  { label: 'Thời hạn', render: (t) => <TaskDue task={t} /> },
  { label: 'Tình trạng', render: (t) => <StatusTag status={t.status} /> },
  { label: 'Báo cáo', render: (t) => <TaskReports task={t} /> },
];

export function MyTasks() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filter = params.get('bao-cao') ?? 'open';
  const [duePage, setDuePage] = useState(1);
  const [taskPage, setTaskPage] = useState(1);
  const dueQuery = { status: filter === 'all' ? '' : filter, page: duePage, page_size: PAGE_SIZE };
  const due = useLoad(() => listInstances(dueQuery), JSON.stringify(dueQuery));
  const tasks = useLoad(
    () => listMyTasks({ page: taskPage, page_size: PAGE_SIZE }),
    String(taskPage),
  );

  return (
    <section>
      <PageHeader title="Nhiệm vụ của tôi" />
      <p className="lead">Các nhiệm vụ và kỳ báo cáo giao cho {scopeLabel(user.scope)}.</p>
      <section aria-labelledby="due-title">
        <h2 id="due-title">Báo cáo</h2>
        <ExcelButton table="Báo cáo" download={() => exportReportInstances({ status: dueQuery.status })} />
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            id="due-filter"
            label="Hiển thị"
            value={filter}
            onValue={(v) => {
              setDuePage(1);
              setParams(v === 'open' ? {} : { 'bao-cao': v }, { replace: true });
            }}
            options={INSTANCE_FILTERS}
          />
        </form>
        <PagedTable
          loaded={due}
          caption="Các kỳ báo cáo của đơn vị"
          columns={dueColumns}
          rowKey={(i) => i.id}
          empty="Không có kỳ báo cáo nào trong danh sách này."
          noun="kỳ báo cáo"
          onPage={setDuePage}
        />
      </section>
      <section aria-labelledby="assigned-title">
        <h2 id="assigned-title">Nhiệm vụ được giao</h2>
        <ExcelButton table="Nhiệm vụ được giao" download={exportMyTasks} />
        <PagedTable
          loaded={tasks}
          caption="Nhiệm vụ được giao cho đơn vị"
          columns={taskColumns}
          rowKey={(t) => t.id}
          empty="Đơn vị chưa được giao nhiệm vụ nào."
          noun="nhiệm vụ"
          onPage={setTaskPage}
        />
      </section>
    </section>
  );
}
