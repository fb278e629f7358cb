import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../auth';
import { listCommunes, listProvinces, type Commune } from '../api/types';
import { PageHeader } from '../components/PageHeader';
import { PagedTable } from '../components/PagedTable';
import { SelectField, optionsOf } from '../components/SelectField';
import type { Column } from '../components/Table';
import { useDebounced, useLoad } from '../lib/hooks';
import { COMMUNE_KIND_LABELS } from '../lib/labels';
import { can } from '../lib/access/administration';
import { formatNumber } from '../lib/format';
import { useQueryState } from '../lib/searchParams';

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
  const [params, update] = useQueryState();
  const province = params.get('province') ?? user.province_code;
  const kind = params.get('kind') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim());

  // Keep the URL in step with the (debounced) search box; a new search starts at page 1.
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q, page: '' });
  // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the debounced box only: Back, or a link that changes the URL, must not be undone by the box's older text
  }, [q]);

  const provinces = useLoad(() => listProvinces(), 'provinces');
  const query = { province, q: params.get('q') ?? '', kind, page, page_size: PAGE_SIZE };
  const communes = useLoad(() => listCommunes(query), JSON.stringify(query));
  const choosableProvinces = provinces.data?.items ?? [];

  return (
    <section>
      <PageHeader title="Xã, phường">
        {can.importPopulation(user) && (
          <Link className="button secondary" to={`/xa-phuong/nhap-dan-so?province=${province}`}>
            Nhập dân số từ tệp
          </Link>
        )}
      </PageHeader>

      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        {choosableProvinces.length > 1 && (
          <SelectField
            id="province"
            label="Tỉnh, thành phố"
            value={province}
            onValue={(v) => update({ province: v, page: '' })}
            options={choosableProvinces.map((p) => ({ value: p.code, label: p.name }))}
          />
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
        <SelectField
          id="commune-kind"
          label="Loại đơn vị"
          value={kind}
          onValue={(v) => update({ kind: v, page: '' })}
          options={optionsOf(COMMUNE_KIND_LABELS)}
          empty="Tất cả"
        />
      </form>

      <PagedTable
        loaded={communes}
        caption="Danh sách xã, phường"
        columns={columns}
        rowKey={(c) => c.code}
        empty="Không có xã, phường nào khớp với điều kiện tìm kiếm."
        noun="xã, phường"
        onPage={(p) => update({ page: String(p) })}
      />
    </section>
  );
}
