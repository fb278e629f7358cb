// Tracking figures of a plan for the standing office: tasks done / in progress /
// overdue, on-time rate, missing reports, the overdue share, and the agencies ranked for
// commendation and criticism. An agency's name filters the task list to that agency.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { getPlanStats, type AgencyStats, type PlanStats } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { Table, type Column } from '../../components/Table';
import { useLoad } from '../../lib/hooks';
import { formatNumber, formatDate, formatPercent } from '../../lib/format';

function Figure({ label, value, detail, tone }: { label: string; value: string; detail?: string; tone?: 'off' | 'on' }) {
  return (
    <div className={tone ? `figure figure-${tone}` : 'figure'}>
      <dt>{label}</dt>
      <dd>
        <span className="figure-value">{value}</span>
        {detail && <span className="figure-detail">{detail}</span>}
      </dd>
    </div>
  );
}

/** The figures of a plan, or of every plan of the province (GET /plan-stats). */
export function TrackingFigures({ stats }: { stats: PlanStats }) {
  const t = stats.tasks;
  const r = stats.reports;
  return (
    <dl className="figures">
      <Figure label="Nhiệm vụ hoàn thành" value={`${formatNumber(t.done)}/${formatNumber(t.total)}`} tone="on" />
      <Figure label="Đang thực hiện" value={formatNumber(t.in_progress)} detail={`${formatNumber(t.awaiting_date)} chưa có hạn hoặc chờ điều kiện`} />
      <Figure label="Nhiệm vụ quá hạn" value={formatNumber(t.overdue)} tone={t.overdue > 0 ? 'off' : undefined} />
      <Figure
        label="Tỷ lệ nhiệm vụ quá hạn"
        value={formatPercent(t.overdue_share)}
        detail={`trên ${formatNumber(t.due)} nhiệm vụ đã đến hạn`}
        tone={t.overdue > 0 ? 'off' : undefined}
      />
      <Figure
        label="Tỷ lệ báo cáo đúng hạn"
        value={formatPercent(r.on_time_rate)}
        detail={`${formatNumber(r.on_time)} đúng hạn, ${formatNumber(r.late)} trễ hạn / ${formatNumber(r.assessable)} đến hạn`}
      />
      <Figure label="Báo cáo chưa gửi (quá hạn)" value={formatNumber(r.missing)} tone={r.missing > 0 ? 'off' : undefined} />
      <Figure label="Báo cáo chờ duyệt" value={formatNumber(r.awaiting_review)} />
    </dl>
  );
}

export function PlanTracking({ planId }: { planId: number }) {
  const stats = useLoad(() => getPlanStats(planId), String(planId));
  const [, setParams] = useSearchParams();
  const [everyAgency, setEveryAgency] = useState(false);
  const s = stats.data;
  if (stats.error) return <Alert>{stats.error}</Alert>;
  if (!s) return null;
  const commend = new Set(s.commend);
  const unranked = s.agencies.filter((a) => a.rank === null).length;
  const shown = everyAgency ? s.agencies : s.agencies.filter((a) => a.rank !== null);
  const criticise = new Set(s.criticise);

  const columns: Column<AgencyStats>[] = [
    { label: 'Hạng', numeric: true, render: (a) => a.rank ?? '–' },
    {
      label: 'Cơ quan',
      render: (a) => (
        <button
          type="button"
          className="link-button"
          aria-label={`Xem nhiệm vụ của ${a.name}`}
          onClick={() => {
            setParams(
              (p) => {
                const next = new URLSearchParams(p);
                next.set('co-quan', String(a.id));
                return next;
              },
              { replace: true },
            );
            document.getElementById('tasks-title')?.scrollIntoView();
          }}
        >
          {a.name}
        </button>
      ),
    },
    {
      label: 'Nhiệm vụ',
      render: (a) => `${formatNumber(a.tasks.lead)} chủ trì, ${formatNumber(a.tasks.cooperating)} phối hợp`,
    },
    { label: 'Báo cáo đến hạn', numeric: true, render: (a) => formatNumber(a.reports.assessable) },
    { label: 'Đúng hạn', numeric: true, render: (a) => formatNumber(a.reports.on_time) },
    { label: 'Trễ hạn', numeric: true, render: (a) => formatNumber(a.reports.late) },
    { label: 'Chưa gửi', numeric: true, render: (a) => formatNumber(a.reports.missing) },
    { label: 'Tỷ lệ đúng hạn', numeric: true, render: (a) => formatPercent(a.reports.on_time_rate) },
    {
      label: 'Đề xuất',
      render: (a) =>
        commend.has(a.id) ? (
          <span className="tag tag-on">Biểu dương</span>
        ) : criticise.has(a.id) ? (
          <span className="tag tag-off">Phê bình, nhắc nhở</span>
        ) : (
          <span className="muted">–</span>
        ),
    },
  ];

  return (
    <section aria-labelledby="tracking-title">
      <h2 id="tracking-title">Theo dõi thực hiện</h2>
      <p className="hint">Số liệu tính đến ngày {formatDate(s.as_of)}.</p>
      <TrackingFigures stats={s} />
      <h3 id="ranking-title">Xếp hạng cơ quan</h3>
      <p className="hint">
        Xếp theo tỷ lệ báo cáo đúng hạn; chọn tên cơ quan để xem các nhiệm vụ của cơ quan đó.
      </p>
      <Table
        caption="Xếp hạng cơ quan theo tỷ lệ báo cáo đúng hạn"
        columns={columns}
        rows={shown}
        rowKey={(a) => a.id}
        empty="Chưa có cơ quan nào có báo cáo đến hạn để xếp hạng."
      />
      {unranked > 0 && (
        <div className="buttons table-more">
          <button type="button" className="button small secondary" aria-expanded={everyAgency} onClick={() => setEveryAgency(!everyAgency)}>
            {everyAgency ? 'Chỉ hiện các cơ quan đã xếp hạng' : `Hiện cả ${formatNumber(unranked)} cơ quan chưa có báo cáo đến hạn`}
          </button>
        </div>
      )}
      {(s.commend.length > 0 || s.criticise.length > 0) && (
        <ul className="plain-list verdicts">
          {s.commend.length > 0 && (
            <li>
              <strong>Đề nghị biểu dương:</strong> {names(s, s.commend)}.
            </li>
          )}
          {s.criticise.length > 0 && (
            <li>
              <strong>Đề nghị phê bình, nhắc nhở:</strong> {names(s, s.criticise)}.
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

function names(s: PlanStats, ids: number[]): string {
  return ids.map((id) => s.agencies.find((a) => a.id === id)?.name ?? `#${id}`).join('; ');
}
