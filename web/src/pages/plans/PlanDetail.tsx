// One plan: its document, the plans it implements or that implement it, its targets, the tracking
// figures and agency ranking, the consolidated report, and its tasks by section.
import { Link, useLocation, useParams } from 'react-router';
import { useUser } from '../../auth';
import { ApiError } from '../../api/client';
import { getPlan, type SavedPlan } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/hooks';
import { formatNumber, formatDate } from '../../lib/format';
import { NotFound } from '../NotFound';
import { canPlans } from '../../lib/access/plans';
import { EVERY_LABELS, PLAN_KIND_LABELS } from './labels';
import { label } from '../../lib/labels';
import { PlanExport } from './PlanExport';
import { PlanLinks } from './PlanLinks';
import { PlanTasks } from './PlanTasks';
import { PlanTracking } from './PlanTracking';
import './plans.css';

export function PlanDetail() {
  const { id = '' } = useParams();
  const user = useUser();
  const location = useLocation();
  const saved = (location.state as { saved?: SavedPlan } | null)?.saved;
  const loaded = useLoad(() => getPlan(id), id);
  const plan = loaded.data;

  if (loaded.failure instanceof ApiError && loaded.failure.status === 404) return <NotFound what="Kế hoạch" />;
  if (loaded.error) return <Alert>{loaded.error}</Alert>;
  if (!plan || String(plan.id) !== id) {
    return (
      <p className="loading" role="status">
        Đang tải…
      </p>
    );
  }
  const doc = plan.document;
  const oversee = canPlans.oversee(user, plan);

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/ke-hoach">Kế hoạch</Link> › {doc.number}
      </p>
      <PageHeader title={`${label(PLAN_KIND_LABELS, doc.kind)} số ${doc.number}`} />
      {saved && saved.id === plan.id && (
        <Alert kind="success">
          Đã lưu kế hoạch với {formatNumber(saved.tasks)} nhiệm vụ và {formatNumber(saved.instances)} kỳ báo cáo.
          {saved.created_agencies.length > 0 &&
            ` Đã thêm vào danh mục: ${saved.created_agencies.map((a) => a.name).join(', ')}.`}
        </Alert>
      )}
      <p className="lead plan-lead">{doc.title}</p>
      <dl className="facts">
        <div>
          <dt>Ngày ban hành</dt>
          <dd>{formatDate(doc.date)}</dd>
        </div>
        <div>
          <dt>Cơ quan ban hành</dt>
          <dd>{doc.issuer || '—'}</dd>
        </div>
        {plan.owner && (
          <div>
            <dt>Đơn vị thực hiện</dt>
            <dd>{plan.owner.name}</dd>
          </div>
        )}
        <div>
          <dt>Chu kỳ báo cáo</dt>
          <dd>{label(EVERY_LABELS, plan.reporting.every)}</dd>
        </div>
        <div>
          <dt>Theo dõi đến hết năm</dt>
          <dd>{plan.horizon_year}</dd>
        </div>
        <div>
          <dt>Nhiệm vụ{user.scope.kind === 'agency' && !plan.owner ? ' của đơn vị bạn' : ''}</dt>
          <dd>
            {formatNumber(plan.task_count)} · {formatNumber(plan.tasks_done)} hoàn thành · {formatNumber(plan.tasks_overdue)}{' '}
            quá hạn
          </dd>
        </div>
        {plan.source_name && (
          <div>
            <dt>Tệp nguồn</dt>
            <dd>{plan.source_name}</dd>
          </div>
        )}
      </dl>

      <PlanLinks plan={plan} canManage={canPlans.manage(user, plan)} onChanged={loaded.reload} />

      {plan.targets.length > 0 && (
        <section aria-labelledby="targets-title">
          <h2 id="targets-title">Chỉ tiêu</h2>
          <ul className="targets">
            {plan.targets.map((t, i) => (
              <li key={i}>
                {t.text}
                {t.value != null && (
                  <span className="muted">
                    {' '}
                    ({formatNumber(t.value)}
                    {t.unit ?? ''}
                    {t.year ? `, năm ${t.year}` : ''})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {oversee && <PlanTracking planId={plan.id} />}
      {oversee && <PlanExport plan={plan} />}
      <PlanTasks
        plan={plan}
        manage={canPlans.manage(user, plan) ? { province: plan.province_code, onChanged: loaded.reload } : undefined}
      />
    </section>
  );
}
