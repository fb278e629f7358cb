import { Link } from 'react-router';
import { getWorklist } from '../../api/people';
import { Alert } from '../../components/Alert';
import { useLoad } from '../../lib/hooks';
import { formatNumber } from '../../lib/format';

/** The deadlines of the people the user looks after (its commune's, or its facility's): overdue and this week. */
export function WorklistCard() {
  const list = useLoad(() => getWorklist(), 'worklist');
  return (
    <div className="card" aria-labelledby="home-worklist-title" role="region">
      <h2 id="home-worklist-title">Việc cần làm</h2>
      <Alert>{list.error}</Alert>
      {list.data && (
        <>
          <p className="stat">{formatNumber(list.data.overdue)}</p>
          <p>
            việc quá hạn · <strong>{formatNumber(list.data.due_this_week)}</strong> việc đến hạn trong tuần này
          </p>
        </>
      )}
      <Link to="/viec-can-lam">Mở danh sách việc cần làm</Link>
    </div>
  );
}
