// "Đối tượng": find a person by personal ID, by name with or without diacritics (the server
// tolerates typing mistakes), by birth year, commune, state or list; export the list found.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth';
import { peopleExportUrl, searchPeople, type PersonSummary } from '../../api/people';
import { downloadFile } from '../../api/plans';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { SelectField, optionsOf } from '../../components/SelectField';
import type { Column } from '../../components/Table';
import { useDebounced, useLoad, useSubmit } from '../../lib/hooks';
import { canPeople } from '../../lib/access/people';
import { CommuneSelect } from './communes';
import { LIST_LABELS, SEX_LABELS, formatDate, label } from './labels';
import { useReason } from './reason';
import { useReference } from './reference';
import { useQueryState } from '../../lib/searchParams';

const PAGE_SIZE = 50;

const columns: Column<PersonSummary>[] = [
  {
    label: 'Họ và tên',
    render: (p) => (
      <span className="stack">
        <Link to={`/doi-tuong/${p.id}`}>{p.full_name}</Link>
        {p.aliases.length > 0 && <span className="muted">Tên khác: {p.aliases.join(', ')}</span>}
      </span>
    ),
  },
  { label: 'Số định danh', render: (p) => <span className="id-number">{p.personal_id}</span> },
  { label: 'Ngày sinh', render: (p) => formatDate(p.birth_date) },
  { label: 'Giới tính', render: (p) => label(SEX_LABELS, p.sex) },
  { label: 'Xã, phường', render: (p) => p.commune_name },
  { label: 'Tình trạng', render: (p) => <span className="state-text">{p.state_label}</span> },
];

/** A birth year the server accepts, or '' while the user is still typing one. */
function yearParam(text: string): string {
  return /^(19|20|21)\d{2}$/.test(text) ? text : '';
}

export function PeopleSearch() {
  const user = useUser();
  const reference = useReference();
  const { reason, ensure } = useReason();
  const [params, update] = useQueryState();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [yearText, setYearText] = useState(params.get('birth_year') ?? '');
  const q = useDebounced(search.trim());
  const birthYear = useDebounced(yearParam(yearText.trim()));
  const exporting = useSubmit();
  const [fullIds, setFullIds] = useState(false);

  // Keep the URL in step with the (debounced) boxes; a new search starts at page 1.
  useEffect(() => {
    if ((params.get('q') ?? '') !== q || (params.get('birth_year') ?? '') !== birthYear) {
      update({ q, birth_year: birthYear, page: '' });
    }
  // eslint-disable-next-line react-hooks/exhaustive-deps -- follows the debounced box only: Back, or a link that changes the URL, must not be undone by the box's older text
  }, [q, birthYear]);

  const filters = {
    q: params.get('q') ?? '',
    birth_year: Number(params.get('birth_year')) || undefined,
    commune: params.get('commune') ?? '',
    list: params.get('list') ?? '',
    state: params.get('state') ?? '',
  };
  const query = { ...filters, reason, page, page_size: PAGE_SIZE };
  const people = useLoad(() => searchPeople(query), JSON.stringify(query));
  const yearInvalid = yearText.trim() !== '' && !yearParam(yearText.trim());

  function onExport() {
    void exporting.run(async () => {
      const given = await ensure('Xuất danh sách đối tượng ra tệp Excel cần nêu lý do.');
      if (!given) return;
      const full = fullIds ? { full_ids: true } : {};
      await downloadFile(peopleExportUrl({ ...filters, ...full, reason: given }), 'danh-sach-doi-tuong.xlsx');
    });
  }

  return (
    <section>
      <PageHeader title="Đối tượng">
        {canPeople.exportFullIds(user) && (
          <label className="check">
            <input type="checkbox" checked={fullIds} onChange={(e) => setFullIds(e.target.checked)} />
            Xuất số định danh đầy đủ
          </label>
        )}
        <button type="button" className="button secondary" disabled={exporting.busy} onClick={onExport}>
          {exporting.busy ? 'Đang xuất…' : 'Tải Excel'}
        </button>
        {canPeople.register(user) && (
          <Link className="button primary" to="/doi-tuong/dang-ky">
            Đăng ký đối tượng
          </Link>
        )}
      </PageHeader>
      <Alert>{exporting.error.message}</Alert>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor="people-q">Họ tên hoặc số định danh</label>
          <input
            id="people-q"
            type="search"
            value={search}
            placeholder="Ví dụ: nguyen van an hoặc 040090000001"
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="field narrow-field">
          <label htmlFor="people-year">Năm sinh</label>
          <input
            id="people-year"
            inputMode="numeric"
            value={yearText}
            maxLength={4}
            aria-invalid={yearInvalid || undefined}
            onChange={(e) => setYearText(e.target.value)}
          />
        </div>
        {canPeople.pickCommune(user) && (
          <CommuneSelect
            id="people-commune"
            value={filters.commune}
            onValue={(v) => update({ commune: v, page: '' })}
            empty="Tất cả xã, phường"
          />
        )}
        <SelectField
          id="people-list"
          label="Danh sách"
          value={filters.list}
          onValue={(v) => update({ list: v, page: '' })}
          options={optionsOf(LIST_LABELS)}
          empty="Tất cả"
        />
        <SelectField
          id="people-state"
          label="Tình trạng"
          value={filters.state}
          onValue={(v) => update({ state: v, page: '' })}
          options={(reference.data?.states ?? []).map((s) => ({ value: s.code, label: s.label }))}
          empty="Tất cả"
        />
      </form>
      {yearInvalid && <p className="field-error">Năm sinh gồm 4 chữ số, ví dụ 1990.</p>}
      {people.data?.truncated && (
        <Alert kind="info">Có rất nhiều đối tượng khớp với từ khóa; hãy nhập thêm để thu hẹp kết quả.</Alert>
      )}
      <PagedTable
        loaded={people}
        caption="Kết quả tìm kiếm đối tượng"
        columns={columns}
        rowKey={(p) => p.id}
        empty="Không có đối tượng nào khớp với điều kiện tìm kiếm."
        noun="đối tượng"
        onPage={(p) => update({ page: String(p) })}
      />
    </section>
  );
}
