// One report instance (an agency's report for one period of one task): its history of reports with
// their reviews, the agency's form to file (or file again after a return), and the standing
// office's accept / return.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useUser } from '../../auth';
import { ApiError } from '../../api/client';
import { downloadFile, evidenceFileUrl, getInstance, type Report } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useLoad, useSubmit } from '../../lib/hooks';
import { formatDateTime, formatDate } from '../../lib/format';
import { NotFound } from '../NotFound';
import { canPlans, userAgencyId } from '../../lib/access/plans';
import { refreshInbox } from '../../lib/inboxEvents';
import { PROGRESS_LABELS, TASK_ROLE_LABELS, instanceState, instanceTone } from './labels';
import { ReportForm } from './ReportForm';
import { ReviewForm } from './ReviewForm';
import './plans.css';

export function ReportInstance() {
  const { id = '' } = useParams();
  const user = useUser();
  const loaded = useLoad(() => getInstance(id), id);
  const [notice, setNotice] = useState('');
  const inst = loaded.data;

  if (loaded.failure instanceof ApiError && loaded.failure.status === 404) return <NotFound what="Kỳ báo cáo" />;
  if (loaded.error) return <Alert>{loaded.error}</Alert>;
  if (!inst || String(inst.id) !== id) {
    return (
      <p className="loading" role="status">
        Đang tải…
      </p>
    );
  }
  const own = userAgencyId(user) === inst.agency.id;
  const canFile = own && (inst.status === 'pending' || inst.status === 'returned');
  const latest = inst.reports[0];
  const canReview = canPlans.reviewReports(user) && inst.status === 'submitted' && latest && !latest.review;
  const changed = (what: string) => {
    setNotice(what);
    loaded.reload();
    refreshInbox();
  };

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/ke-hoach">Kế hoạch</Link> › <Link to={`/ke-hoach/${inst.plan.id}`}>{inst.plan.number}</Link> ›{' '}
        <Link to={`/ke-hoach/nhiem-vu/${inst.task.id}`}>Nhiệm vụ {inst.task.ref}</Link> › {inst.period_label}
      </p>
      <PageHeader title={`Báo cáo ${inst.period_label}`} />
      <p className="task-full">{inst.task.text}</p>
      <dl className="facts">
        <div>
          <dt>Cơ quan báo cáo</dt>
          <dd>
            {inst.agency.name}
            {!inst.required && <span className="muted"> ({TASK_ROLE_LABELS.requested.toLowerCase()}, không bắt buộc)</span>}
          </dd>
        </div>
        <div>
          <dt>Hạn nộp</dt>
          <dd>{formatDate(inst.due_date)}</dd>
        </div>
        <div>
          <dt>Tình trạng</dt>
          <dd>
            <span className={`tag tag-${instanceTone(inst)}`}>{instanceState(inst)}</span>
          </dd>
        </div>
        {inst.first_submitted_on && (
          <div>
            <dt>Gửi lần đầu</dt>
            <dd>{formatDate(inst.first_submitted_on)}</dd>
          </div>
        )}
      </dl>

      <Alert kind="success">{notice}</Alert>
      {canReview && latest && (
        <ReviewForm
          report={latest}
          onReviewed={(decision) => changed(decision === 'accepted' ? 'Đã duyệt báo cáo.' : 'Đã trả lại báo cáo; cơ quan sẽ nhận được thông báo.')}
        />
      )}
      {canFile && (
        <ReportForm
          instance={inst}
          returned={inst.status === 'returned' ? latest : undefined}
          onFiled={() => changed('Đã gửi báo cáo; cơ quan thường trực sẽ xem xét và duyệt.')}
        />
      )}

      <section aria-labelledby="history-title">
        <h2 id="history-title">Các lần báo cáo</h2>
        {inst.reports.length === 0 && <p className="muted">Chưa có báo cáo nào cho kỳ này.</p>}
        {inst.reports.map((r) => (
          <ReportCard key={r.id} report={r} />
        ))}
      </section>
    </section>
  );
}

function ReportCard({ report }: { report: Report }) {
  const { error, run } = useSubmit();
  return (
    <article className="panel report-card" aria-labelledby={`report-${report.id}`}>
      <h3 id={`report-${report.id}`}>
        Báo cáo gửi lúc {formatDateTime(report.submitted_at)} — {report.submitted_by}
      </h3>
      <p>
        <span className="muted">Tiến độ: </span>
        <strong>{PROGRESS_LABELS[report.progress] ?? report.progress}</strong>
      </p>
      {report.narrative && <p className="narrative">{report.narrative}</p>}
      {report.results.length > 0 && (
        <table className="results">
          <caption>Kết quả định lượng</caption>
          <thead>
            <tr>
              <th scope="col">Chỉ tiêu</th>
              <th scope="col">Giá trị</th>
              <th scope="col">Đơn vị</th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((x, i) => (
              <tr key={i}>
                <td>{x.indicator}</td>
                <td>{typeof x.value === 'number' ? x.value.toLocaleString('vi-VN') : x.value}</td>
                <td>{x.unit ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.files.length > 0 && (
        <>
          <h4>Tài liệu kèm theo</h4>
          <Alert>{error.message}</Alert>
          <ul className="plain-list">
            {report.files.map((f) => (
              <li key={f.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void run(() => downloadFile(evidenceFileUrl(report.id, f.id), f.name))}
                >
                  {f.name}
                </button>{' '}
                <span className="muted">({Math.max(1, Math.round(f.size / 1024)).toLocaleString('vi-VN')} KB)</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {report.review === 'accepted' && (
        <p className="review review-accepted">
          <span className="tag tag-on">Đã duyệt</span> {report.reviewed_by}
          {report.reviewed_at && `, ${formatDateTime(report.reviewed_at)}`}
          {report.review_comment && `: ${report.review_comment}`}
        </p>
      )}
      {report.review === 'returned' && (
        <p className="review review-returned">
          <span className="tag tag-off">Bị trả lại</span> {report.reviewed_by}
          {report.reviewed_at && `, ${formatDateTime(report.reviewed_at)}`}. Lý do: <strong>{report.review_comment}</strong>
        </p>
      )}
      {!report.review && <p className="muted">Chờ cơ quan thường trực duyệt.</p>}
    </article>
  );
}
