import { Link } from 'react-router';
import { useUser } from '../auth';
import { api } from '../api/client';
import type { Province } from '../api/types';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { NAV } from '../components/Layout';
import { useLoad } from '../hooks';
import { formatNumber, roleLabel, scopeLabel } from '../labels';

export function Home() {
  const user = useUser();
  const provinces = useLoad(() => api.get<{ items: Province[] }>('/provinces'), 'provinces');
  const own = provinces.data?.items.find((p) => p.code === user.province_code);

  return (
    <section>
      <PageHeader title="Tổng quan" />
      <p className="lead">
        Xin chào, <strong>{user.full_name || user.username}</strong>. Bạn đăng nhập với vai trò{' '}
        <strong>{roleLabel(user.role)}</strong>, phạm vi <strong>{scopeLabel(user.scope)}</strong>.
      </p>
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
