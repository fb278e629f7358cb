import { Link } from 'react-router';
import { listFacilities, type Facility } from '../../api/people';
import type { User } from '../../api/types';
import { Alert } from '../../components/Alert';
import { useLoad } from '../../lib/hooks';
import { formatNumber, formatDate, todayInVietnam } from '../../lib/format';
import { userAgencyId } from '../../lib/access/plans';
import { WorklistCard } from './WorklistCard';
import { listInstances, listMyTasks } from '../../api/plans';

/** How many rows a list holds: one row asked for, its total read. */
const total = (list: Promise<{ total: number }>) => list.then((p) => p.total);

/** Reports due within this many days are the ones the home page counts as coming up. */
const DUE_SOON_DAYS = 30;

function daysAfter(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The facilities this agency runs: their staff work on the people in their care. */
function FacilityCards({ facilities }: { facilities: Facility[] }) {
  return (
    <>
      {facilities.map((f) => (
        <div key={f.id} className="card" aria-labelledby={`home-facility-${f.id}`} role="region">
          <h2 id={`home-facility-${f.id}`}>{f.name}</h2>
          <p className="stat">{formatNumber(f.occupancy)}</p>
          <p>người đang được cai nghiện, điều trị tại cơ sở (sức chứa {formatNumber(f.capacity)})</p>
          <Link to="/doi-tuong">Xem danh sách người tại cơ sở</Link>
        </div>
      ))}
      {facilities.length > 0 && <WorklistCard />}
    </>
  );
}

/** An agency (department) user's home: its tasks and the reports it owes; a facility's people in its care. */
export function AgencyCards({ user }: { user: User }) {
  const agency = userAgencyId(user);
  const dueBy = daysAfter(todayInVietnam(), DUE_SOON_DAYS);
  const work = useLoad(
    () =>
      Promise.all([
        total(listMyTasks({ page_size: 1 })),
        // Unsent or returned reports due by then, the overdue ones included.
        total(listInstances({ status: 'open', due_to: dueBy, page_size: 1 })),
        total(listInstances({ status: 'overdue', page_size: 1 })),
      ]),
    `agency-work|${dueBy}`,
  );
  const facilities = useLoad(() => listFacilities(), 'facilities');
  const own = (facilities.data?.items ?? []).filter((f) => f.agency_id === agency);
  const [tasks, open, overdue] = work.data ?? [];
  return (
    <div className="cards">
      <div className="card" aria-labelledby="home-tasks-title" role="region">
        <h2 id="home-tasks-title">Nhiệm vụ của đơn vị</h2>
        <Alert>{work.error}</Alert>
        {work.data && (
          <>
            <p className="stat">{formatNumber(tasks ?? 0)}</p>
            <p>
              nhiệm vụ được giao · <strong>{formatNumber(open ?? 0)}</strong> kỳ báo cáo cần gửi đến ngày{' '}
              {formatDate(dueBy)}, trong đó <strong>{formatNumber(overdue ?? 0)}</strong> kỳ quá hạn
            </p>
          </>
        )}
        <Link to="/nhiem-vu">Mở nhiệm vụ và báo cáo</Link>
      </div>
      <FacilityCards facilities={own} />
      <Alert>{facilities.error}</Alert>
    </div>
  );
}
