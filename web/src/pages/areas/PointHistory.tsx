import { useState } from 'react';
import { formatDate } from '../../lib/format';
import { useLoad } from '../../lib/hooks';
import { POINT_STATUS_LABELS } from './labels';
import { pointHistory } from '../../api/areas';

/** A point's history behind a toggle, fetched only when asked for. */
export function PointHistoryToggle({ id, label }: { id: number; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link-button" aria-expanded={open} aria-label={`Lịch sử: ${label}`} onClick={() => setOpen(!open)}>
        {open ? 'Ẩn lịch sử' : 'Xem lịch sử'}
      </button>
      {open && <PointHistory id={id} />}
    </>
  );
}

/** The status changes of one point, oldest first. */
function PointHistory({ id }: { id: number }) {
  const history = useLoad(() => pointHistory(id), String(id));
  const items = history.data?.items ?? [];
  if (history.error) return <span className="muted">{history.error}</span>;
  if (history.loading) return <span className="muted">Đang tải…</span>;
  if (items.length === 0) return <span className="muted">Chưa chuyển trạng thái lần nào.</span>;
  return (
    <ol className="point-history">
      {items.map((c, i) => (
        <li key={i}>
          {formatDate(c.date)}: {POINT_STATUS_LABELS[c.from as keyof typeof POINT_STATUS_LABELS] ?? c.from} →{' '}
          {POINT_STATUS_LABELS[c.to as keyof typeof POINT_STATUS_LABELS] ?? c.to}
          {c.note ? ` (${c.note})` : ''}
        </li>
      ))}
    </ol>
  );
}
