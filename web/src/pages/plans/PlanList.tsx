// "Kế hoạch": the province's plans, newest first, with their progress; search by number or title.
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../auth';
import { getProvincePlanStats, listPlans, type PlanSummary } from '../../api/plans';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import type { Column } from '../../components/Table';
import { useDebounced, useLoad } from '../../lib/hooks';
import { formatNumber, formatDate } from '../../lib/format';
import { canPlans } from '../../lib/access/plans';
import { PLAN_KIND_LABELS } from './labels';
import { label } from '../../lib/labels';
import { TrackingFigures } from './PlanTracking';
import './plans.css';
import { exportPlans } from '../../api/exports';
import { ExcelButton } from '../../components/ExcelButton';

const PAGE_SIZE = 50;

export function Progress({ plan }: { plan: PlanSummary }) {
  const total = plan.task_count;
  const done = total ? Math.round((plan.tasks_done / total) * 100) : 0;
  return (
    <span className="stack">
      <span>
        {formatNumber(plan.tasks_done)}/{formatNumber(total)} nhiệm vụ hoàn thành
      </span>
      <span className="meter" aria-hidden="true">
        <span style={{ width: `${done}%` }} />
      </span>
      {plan.tasks_overdue > 0 && <span className="tag tag-off">{formatNumber(plan.tasks_overdue)} quá hạn</span>}
    </span>
  );
}

const columns: Column<PlanSummary>[] = [
  { label: 'Số hiệu', render: (p) => <Link className="nowrap" to={`/ke-hoach/${p.id}`}>{p.document.number}</Link> },
  { label: 'Ngày ban hành', render: (p) => formatDate(p.document.date) },
  { label: 'Trích yếu', render: (p) => <span className="plan-title">{p.document.title}</span> },
  { label: 'Cơ quan ban hành', render: (p) => p.owner?.name ?? p.document.issuer },
  { label: 'Loại', render: (p) => label(PLAN_KIND_LABELS, p.document.kind) },
  { label: 'Tiến độ', render: (p) => <Progress plan={p} /> },
];

/** The province at a glance: every plan's tasks and reports together. */
function ProvinceFigures() {
  const stats = useLoad(() => getProvincePlanStats(), 'province');
  if (!stats.data || stats.data.plans === 0) return null;
  return (
    <section aria-labelledby="province-figures-title">
      <h2 id="province-figures-title">Tình hình thực hiện toàn tỉnh ({formatNumber(stats.data.plans)} kế hoạch)</h2>
      <p className="hint">Số liệu tính đến ngày {formatDate(stats.data.as_of)}.</p>
      <TrackingFigures stats={stats.data} />
    </section>
  );
}

export function PlanList() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim());

  useEffect(() => {
    if ((params.get('q') ?? '') === q) return;
    const next = new URLSearchParams(params);
    if (q) next.set('q', q);
    else next.delete('q');
    next.delete('page');
    setParams(next, { replace: true });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the debounced box only: Back, or a link that changes the URL, must not be undone by the box's older text
  }, [q]);

  const query = { q: params.get('q') ?? '', page, page_size: PAGE_SIZE };
  const plans = useLoad(() => listPlans(query), JSON.stringify(query));

  return (
    <section>
      <PageHeader title="Kế hoạch">
        {canPlans.myTasks(user) && (
          <Link className="button secondary" to="/nhiem-vu">
            Nhiệm vụ của tôi
          </Link>
        )}
        {canPlans.reviewReports(user) && (
          <Link className="button secondary" to="/duyet-bao-cao">
            Báo cáo chờ duyệt
          </Link>
        )}
        {canPlans.importPlan(user) && (
          <Link className="button primary" to="/ke-hoach/nhap">
            Nhập kế hoạch
          </Link>
        )}
      </PageHeader>
      {canPlans.overseeProvince(user) && <ProvinceFigures />}
      <h2>Danh sách kế hoạch</h2>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor="plan-search">Tìm theo số hiệu hoặc trích yếu</label>
          <input
            id="plan-search"
            type="search"
            value={search}
            placeholder="Ví dụ: 594 hoặc phong chong ma tuy"
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <ExcelButton table="Danh sách kế hoạch" download={() => exportPlans({ q: query.q })} />
      </form>
      <PagedTable
        loaded={plans}
        caption="Danh sách kế hoạch"
        columns={columns}
        rowKey={(p) => p.id}
        empty="Chưa có kế hoạch nào khớp với điều kiện tìm kiếm."
        noun="kế hoạch"
        onPage={(p) => {
          const next = new URLSearchParams(params);
          next.set('page', String(p));
          setParams(next);
        }}
      />
    </section>
  );
}
