// What needs attention besides the reports listed in the inbox: legal deadlines of people,
// drug-free assessments waiting for the user's step, and new tasks. Each count links to its list;
// the counts are the server's, the same the bell and the reminder mails carry.
import { useEffect } from 'react';
import { Link } from 'react-router';
import { getAttentionCounts, type AttentionCounts } from '../api/notify';
import { useLoad } from '../lib/hooks';
import { formatNumber } from '../lib/format';
import { onInboxChanged } from '../lib/inboxEvents';

type Key = keyof AttentionCounts['counts'];

const ROWS: { key: Key; label: string; to: string }[] = [
  { key: 'deadlines_overdue', label: 'Hạn pháp lý của người trong địa bàn đã quá hạn', to: '/viec-can-lam' },
  { key: 'deadlines_due_this_week', label: 'Hạn pháp lý đến hạn trong tuần này', to: '/viec-can-lam' },
  { key: 'drug_free_waiting', label: 'Đề nghị công nhận xã, phường không ma túy chờ bạn xử lý', to: '/dia-ban/khong-ma-tuy' },
  { key: 'new_assignments', label: 'Nhiệm vụ mới được giao trong 7 ngày qua', to: '/nhiem-vu' },
];

export function AttentionSummary() {
  const attention = useLoad(() => getAttentionCounts(), 'attention');
  useEffect(() => onInboxChanged(attention.reload), [attention.reload]);
  const counts = attention.data?.counts;
  const shown = counts ? ROWS.filter((row) => counts[row.key] > 0) : [];
  if (!counts || shown.length === 0) return null;
  return (
    <section aria-labelledby="inbox-other" className="inbox-section">
      <h2 id="inbox-other">Việc khác cần chú ý</h2>
      <ul className="inbox-list">
        {shown.map((row) => (
          <li key={row.key} className="inbox-item">
            <Link to={row.to}>
              {row.label}: <strong>{formatNumber(counts[row.key])}</strong>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
