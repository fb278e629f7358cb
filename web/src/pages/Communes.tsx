import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../auth';
import { api } from '../api/client';
import type { Commune, Page, Province } from '../api/types';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { Pagination } from '../components/Pagination';
import { Table, type Column } from '../components/Table';
import { useDebounced, useLoad } from '../hooks';
import { COMMUNE_KIND_LABELS, can, formatNumber } from '../labels';

const PAGE_SIZE = 50;

const columns: Column<Commune>[] = [
  { label: 'Mã', render: (c) => c.code },
  { label: 'Tên', render: (c) => <Link to={`/xa-phuong/${c.code}`}>{c.name}</Link> },
  { label: 'Loại', render: (c) => COMMUNE_KIND_LABELS[c.kind] ?? c.kind },
  {
    label: 'Dân số',
    numeric: true,
    render: (c) => (c.population === null ? <span className="muted">Chưa nhập</span> : formatNumber(c.population)),
  },
  { label: 'Biên giới', render: (c) => (c.is_border ? 'Có' : 'Không') },
  { label: 'Vùng sâu, vùng xa', render: (c) => (c.is_remote ? 'Có' : 'Không') },
];

export function Communes() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const province = params.get('province') ?? user.province_code;
  const kind = params.get('kind') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim());

  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  }

  // Keep the URL in step with the (debounced) search box; a new search starts at page 1.
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q, page: '' });
  }, [q]);

  const provinces = useLoad(() => api.get<{ items: Province[] }>('/provinces'), 'provinces');
  const query = { province, q: params.get('q') ?? '', kind, page, page_size: PAGE_SIZE };
  const communes = useLoad(() => api.get<Page<Commune>>('/communes', query), JSON.stringify(query));
  const choosableProvinces = provinces.data?.items ?? [];

  return (
    <section>
      <PageHeader title="Xã, phường">
        {can.importPopulation(user) && (
          <Link className="button secondary" to={`/xa-phuong/nhap-dan-so?province=${province}`}>
            Nhập dân số từ CSV
          </Link>
        )}
      </PageHeader>

      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        {choosableProvinces.length > 1 && (
          <div className="field">
            <label htmlFor="province">Tỉnh, thành phố</label>
            <select id="province" value={province} onChange={(e) => update({ province: e.target.value, page: '' })}>
              {choosableProvinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field grow">
          <label htmlFor="commune-search">Tìm theo tên hoặc mã</label>
          <input
            id="commune-search"
            type="search"
            value={search}
            placeholder="Ví dụ: thanh vinh"
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="commune-kind">Loại đơn vị</label>
          <select id="commune-kind" value={kind} onChange={(e) => update({ kind: e.target.value, page: '' })}>
            <option value="">Tất cả</option>
            {Object.entries(COMMUNE_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>

      <Alert>{communes.error}</Alert>
      <Table
        caption="Danh sách xã, phường"
        columns={columns}
        rows={communes.data?.items ?? []}
        rowKey={(c) => c.code}
        empty="Không có xã, phường nào khớp với điều kiện tìm kiếm."
        loading={communes.loading}
      />
      {communes.data && (
        <Pagination
          page={communes.data.page}
          pageSize={communes.data.page_size}
          total={communes.data.total}
          noun="xã, phường"
          onPage={(p) => update({ page: String(p) })}
        />
      )}
    </section>
  );
}
