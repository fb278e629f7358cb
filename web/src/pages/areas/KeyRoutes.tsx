import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth';
import { api } from '../../api/client';
import type { ClassificationRun, KeyRoute } from '../../api/areas';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { SelectField } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../hooks';
import { canAreas } from './access';
import './areas.css';

const SCOPE_LABELS: Record<string, string> = { intra: 'Nội tỉnh', inter: 'Liên tỉnh' };

/** Key routes (tuyến trọng điểm) of the province and the communes they cross (QĐ 28/2025 Điều 4 điểm đ). */
export function KeyRoutes() {
  const user = useUser();
  const routes = useLoad(() => api.get<{ items: KeyRoute[] }>('/areas/routes'), 'routes');
  // Names of the province's communes, to show a route's communes by name.
  const run = useLoad(() => api.get<ClassificationRun>('/areas/classification'), 'names');
  const names = new Map((run.data?.communes ?? []).map((c) => [c.code, c.name]));
  const save = useSubmit();
  const [form, setForm] = useState({ name: '', scope: 'intra', active_from: '', active_to: '', communes: '' });
  const [done, setDone] = useState('');
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const body = {
      name: form.name,
      scope: form.scope,
      active_from: form.active_from,
      active_to: form.active_to || undefined,
      communes: form.communes.split(/[\s,;]+/).filter(Boolean),
    };
    if (await save.run(() => api.post('/areas/routes', body).then(() => {}))) {
      setDone(`Đã ghi nhận tuyến “${form.name}”.`);
      setForm({ name: '', scope: 'intra', active_from: '', active_to: '', communes: '' });
      routes.reload();
    }
  }

  const columns: Column<KeyRoute>[] = [
    { label: 'Tên tuyến', render: (r) => r.name },
    { label: 'Phạm vi', render: (r) => SCOPE_LABELS[r.scope] ?? r.scope },
    { label: 'Hiệu lực', render: (r) => `${r.active_from} – ${r.active_to ?? 'nay'}` },
    {
      label: 'Xã, phường đi qua',
      render: (r) =>
        r.communes.length === 0 ? (
          <span className="muted">Chưa có</span>
        ) : (
          r.communes.map((code, i) => (
            <span key={code}>
              {i > 0 && ', '}
              <Link to={`/dia-ban/${code}`}>{names.get(code) ?? code}</Link>
            </span>
          ))
        ),
    },
  ];

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/dia-ban">Địa bàn</Link> › Tuyến trọng điểm
      </p>
      <PageHeader title="Tuyến trọng điểm" />
      {routes.error && <Alert>{routes.error}</Alert>}
      <Table
        caption="Tuyến trọng điểm của tỉnh"
        columns={columns}
        rows={routes.data?.items ?? []}
        rowKey={(r) => r.id}
        empty="Chưa ghi nhận tuyến trọng điểm nào."
        loading={routes.loading}
      />
      {canAreas.editRoutes(user) && (
        <details className="panel area-new">
          <summary>Ghi nhận tuyến</summary>
          <form className="form" onSubmit={submit}>
            {done && <Alert kind="success">{done}</Alert>}
            <Alert>{save.error.message}</Alert>
            <TextField id="route-name" label="Tên tuyến" value={form.name} onValue={set('name')} required invalid={save.error.field === 'name'} />
            <SelectField
              id="route-scope"
              label="Phạm vi"
              value={form.scope}
              onValue={set('scope')}
              options={Object.entries(SCOPE_LABELS).map(([value, label]) => ({ value, label }))}
              required
            />
            <TextField id="route-from" label="Từ ngày" type="date" value={form.active_from} onValue={set('active_from')} required invalid={save.error.field === 'active_from'} />
            <TextField id="route-to" label="Đến ngày" type="date" value={form.active_to} onValue={set('active_to')} invalid={save.error.field === 'active_to'} />
            <TextField
              id="route-communes"
              label="Mã xã, phường đi qua"
              hint="Mã 5 chữ số, cách nhau bởi dấu phẩy. Ví dụ: 16681, 16690"
              value={form.communes}
              onValue={set('communes')}
              invalid={save.error.field === 'communes'}
            />
            <button type="submit" className="button primary" disabled={save.busy}>
              Ghi nhận
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
