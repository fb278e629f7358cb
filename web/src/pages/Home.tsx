import { Link } from 'react-router';
import { useUser } from '../auth';
import { listProvinces } from '../api/types';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { NAV } from '../components/Layout';
import { useLoad } from '../lib/hooks';
import { formatNumber } from '../lib/format';
import { roleLabel, scopeLabel } from '../lib/labels';
import { getRoadmapOutlook } from '../api/areasMap';
import type { User } from '../api/types';
import { currentEvaluationYear } from './areas/labels';
import { ClosestCommunes, RoadmapProjection } from './areas/Roadmap';
import { AgencyCards } from './home/AgencyCards';
import { CommuneCards } from './home/CommuneCards';

/** Leaders and the standing office steer the drug-free roadmap: they get it on the dashboard. */
const steersRoadmap = (u: User) => u.role === 'leader' || u.role === 'standing_office';

function RoadmapDashboard() {
  const year = currentEvaluationYear();
  const outlook = useLoad(() => getRoadmapOutlook(), 'outlook');
  const current = outlook.data?.items.find((i) => i.year === year);
  return (
    <section className="panel dashboard-roadmap" aria-labelledby="dashboard-roadmap-title">
      <h2 id="dashboard-roadmap-title">Lộ trình xã, phường không ma túy</h2>
      <Alert>{outlook.error}</Alert>
      {outlook.data && (
        <p>
          Năm {year}: đã công nhận <strong>{formatNumber(current?.approved ?? 0)}</strong> /{' '}
          {formatNumber(outlook.data.commune_count)} xã, phường
          {current?.target_communes != null ? `, chỉ tiêu ${formatNumber(current.target_communes)} xã` : ', chưa đặt chỉ tiêu'}.{' '}
          <Link to={`/dia-ban/khong-ma-tuy?year=${year}`}>Xem lộ trình</Link> · <Link to="/dia-ban/ban-do">Bản đồ</Link>
        </p>
      )}
      {outlook.data && <RoadmapProjection outlook={outlook.data} />}
      <ClosestCommunes year={year} limit={5} />
    </section>
  );
}

/** Province-wide figures: for the roles that work on the whole province. */
function ProvinceCards({ user }: { user: User }) {
  const provinces = useLoad(() => listProvinces(), 'provinces');
  const own = provinces.data?.items.find((p) => p.code === user.province_code);
  return (
    <>
      <Alert>{provinces.error}</Alert>
      {own && (
        <div className="cards">
          <div className="card">
            <h2>{own.name}</h2>
            <p className="stat">{formatNumber(own.commune_count)}</p>
            <p>đơn vị hành chính cấp xã</p>
            <Link to="/xa-phuong">Xem danh sách xã, phường</Link>
          </div>
        </div>
      )}
      {steersRoadmap(user) && <RoadmapDashboard />}
    </>
  );
}

/** Each role lands on what it works on: a commune on its commune, an agency on its tasks (and facility). */
function RoleCards({ user }: { user: User }) {
  if (user.scope.kind === 'commune') return <CommuneCards code={user.scope.id} />;
  if (user.scope.kind === 'agency') return <AgencyCards user={user} />;
  return <ProvinceCards user={user} />;
}

export function Home() {
  const user = useUser();
  return (
    <section>
      <PageHeader title="Tổng quan" />
      <p className="lead">
        Xin chào, <strong>{user.full_name || user.username}</strong>. Bạn đăng nhập với vai trò{' '}
        <strong>{roleLabel(user.role)}</strong>, phạm vi <strong>{scopeLabel(user.scope)}</strong>.
      </p>
      <RoleCards user={user} />
      <h2>Chức năng</h2>
      <ul className="module-list">
        {NAV.filter((entry) => entry.to !== '/' && entry.visible(user)).map((entry) => (
          <li key={entry.to}>
            <Link to={entry.to}>{entry.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
