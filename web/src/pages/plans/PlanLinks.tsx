// The plan this one implements, the plans that implement it, and (for its managers) linking it
// to a parent plan.
import { useState } from 'react';
import { Link } from 'react-router';
import { listPlans, updatePlan, type PlanDetail, type PlanSummary } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatDate } from '../../lib/format';

function planName(p: PlanSummary): string {
  return `${p.document.number} ngày ${formatDate(p.document.date)}`;
}

interface Props {
  plan: PlanDetail;
  canManage: boolean;
  onChanged(): void;
}

export function PlanLinks({ plan, canManage, onChanged }: Props) {
  const [editing, setEditing] = useState(false);
  if (!plan.parent && plan.children.length === 0 && !canManage) return null;
  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title">Liên kết kế hoạch</h2>
      <dl className="facts">
        <div>
          <dt>Thực hiện kế hoạch cấp trên</dt>
          <dd>
            {plan.parent ? (
              <Link to={`/ke-hoach/${plan.parent.id}`}>
                {planName(plan.parent)} — {plan.parent.document.issuer}
              </Link>
            ) : (
              'Không'
            )}
          </dd>
        </div>
        <div>
          <dt>Kế hoạch thực hiện của cấp dưới</dt>
          <dd>
            {plan.children.length === 0 && 'Chưa có'}
            <ul className="plain-list">
              {plan.children.map((c) => (
                <li key={c.id}>
                  <Link to={`/ke-hoach/${c.id}`}>{planName(c)}</Link>
                  {c.owner && <span className="muted"> — {c.owner.name}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      {canManage && !editing && (
        <button type="button" className="button secondary" onClick={() => setEditing(true)}>
          Đổi kế hoạch cấp trên
        </button>
      )}
      {canManage && editing && (
        <ParentForm
          plan={plan}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged();
          }}
        />
      )}
    </section>
  );
}

function ParentForm({ plan, onDone }: { plan: PlanDetail; onDone(changed: boolean): void }) {
  const plans = useLoad(() => listPlans({ page_size: 200 }), 'parents');
  const [parent, setParent] = useState(plan.parent_plan_id ? String(plan.parent_plan_id) : '');
  const { busy, error, run } = useSubmit();
  const choices = (plans.data?.items ?? []).filter((p) => p.id !== plan.id);

  return (
    <form
      className="form narrow"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await run(async () => void (await updatePlan(plan.id, { parent_plan_id: parent ? Number(parent) : null })))) {
          onDone(true);
        }
      }}
    >
      <Alert>{error.message || plans.error}</Alert>
      <SelectField
        id="parent-plan"
        label="Kế hoạch cấp trên"
        value={parent}
        onValue={setParent}
        options={choices.map((p) => ({ value: String(p.id), label: planName(p) }))}
        empty="— Không —"
      />
      <div className="buttons">
        <button type="submit" className="button primary" disabled={busy}>
          Lưu liên kết
        </button>
        <button type="button" className="button secondary" onClick={() => onDone(false)}>
          Hủy
        </button>
      </div>
    </form>
  );
}
