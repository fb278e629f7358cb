// "Báo cáo chờ duyệt": every report the province's agencies filed that the standing office has not
// accepted or returned yet, oldest deadline first.
import { useState } from 'react';
import { Link } from 'react-router';
import { listInstances, type Instance } from '../../api/plans';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import type { Column } from '../../components/Table';
import { useLoad } from '../../lib/hooks';
import { PROGRESS_LABELS } from './labels';
import { formatDate } from '../../lib/format';
import { label } from '../../lib/labels';
import './plans.css';
import { exportReportInstances } from '../../api/exports';
import { ExcelButton } from '../../components/ExcelButton';

const columns: Column<Instance>[] = [
  { label: 'Cơ quan', render: (i) => <span className="agency-name">{i.agency.name}</span> },
  {
    label: 'Nhiệm vụ',
    render: (i) => (
      <span className="stack">
        <Link to={`/ke-hoach/${i.plan.id}`}>Kế hoạch {i.plan.number}</Link>
        <span>
          Nhiệm vụ {i.task.ref}: <span className="muted">{i.task.text.length > 120 ? `${i.task.text.slice(0, 120)}…` : i.task.text}</span>
        </span>
      </span>
    ),
  },
  { label: 'Kỳ báo cáo', render: (i) => i.period_label },
  { label: 'Hạn nộp', render: (i) => formatDate(i.due_date) },
  {
    label: 'Ngày gửi',
    render: (i) => (
      <span className="stack">
        {formatDate(i.first_submitted_on)}
        {i.on_time === false && <span className="tag tag-off">Trễ hạn</span>}
        {i.on_time && <span className="tag tag-on">Đúng hạn</span>}
      </span>
    ),
  },
  { label: 'Tiến độ', render: (i) => label(PROGRESS_LABELS, i.progress) },
  {
    label: 'Thao tác',
    render: (i) => (
      <Link className="button small primary" to={`/ke-hoach/bao-cao/${i.id}`} aria-label={`Xem và duyệt báo cáo của ${i.agency.name}, nhiệm vụ ${i.task.ref}`}>
        Xem và duyệt
      </Link>
    ),
  },
];

export function ReviewQueue() {
  const [page, setPage] = useState(1);
  const queue = useLoad(
    () => listInstances({ status: 'submitted', page, page_size: 50 }),
    String(page),
  );
  return (
    <section>
      <p className="breadcrumb">
        <Link to="/ke-hoach">Kế hoạch</Link> › Báo cáo chờ duyệt
      </p>
      <PageHeader title="Báo cáo chờ duyệt">
        <ExcelButton download={() => exportReportInstances({ status: 'submitted' })} />
      </PageHeader>
      <PagedTable
        loaded={queue}
        caption="Báo cáo chờ duyệt"
        columns={columns}
        rowKey={(i) => i.id}
        empty="Không có báo cáo nào chờ duyệt."
        noun="báo cáo chờ duyệt"
        onPage={setPage}
      />
    </section>
  );
}
