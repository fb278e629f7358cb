// The standing office accepts the latest report of an instance, or returns it with the reason the
// agency will read in its inbox.
import { useState } from 'react';
import { reviewReport, type Report } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { useSubmit } from '../../lib/hooks';

export function ReviewForm({ report, onReviewed }: { report: Report; onReviewed(decision: 'accepted' | 'returned'): void }) {
  const [comment, setComment] = useState('');
  const { busy, error, setError, run } = useSubmit();

  async function review(decision: 'accepted' | 'returned') {
    if (decision === 'returned' && !comment.trim()) {
      setError({ message: 'Vui lòng ghi rõ lý do trả lại báo cáo.', field: 'comment' });
      return;
    }
    const ok = await run(async () => {
      await reviewReport(report.id, { decision, comment: comment.trim() });
    });
    if (ok) onReviewed(decision);
  }

  return (
    <form className="form panel" onSubmit={(e) => e.preventDefault()} aria-labelledby="review-title">
      <h2 id="review-title">Duyệt báo cáo</h2>
      <p>
        Báo cáo của <strong>{report.agency.name}</strong> đang chờ duyệt. Duyệt để ghi nhận kết quả, hoặc trả lại kèm lý do
        để cơ quan bổ sung và gửi lại.
      </p>
      <Alert>{error.message}</Alert>
      <div className="field">
        <label htmlFor="review-comment">Nhận xét (bắt buộc khi trả lại)</label>
        <textarea
          id="review-comment"
          rows={3}
          value={comment}
          aria-invalid={error.field === 'comment' || undefined}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="buttons">
        <button type="button" className="button primary" disabled={busy} onClick={() => void review('accepted')}>
          Duyệt báo cáo
        </button>
        <button type="button" className="button danger" disabled={busy} onClick={() => void review('returned')}>
          Trả lại
        </button>
      </div>
    </form>
  );
}
