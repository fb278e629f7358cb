import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../api/client';
import { listAudit, verifyAudit, type AuditEntry, type AuditVerify } from '../api/types';
import { Alert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { DateInput } from '../components/DateInput';
import { PagedTable } from '../components/PagedTable';
import { SelectField } from '../components/SelectField';
import type { Column } from '../components/Table';
import { useLoad } from '../lib/hooks';
import { auditDetailLines } from '../lib/auditDetail';
import { ACTION_LABELS, OBJECT_TYPE_LABELS, scopeLabel } from '../lib/labels';
import { formatDateTime, formatNumber } from '../lib/format';
import { exportAudit } from '../api/exports';
import { ExcelButton } from '../components/ExcelButton';

const PAGE_SIZE = 50;
const FILTERS = ['actor', 'action', 'object_type', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

/** A failed sign-in with a name no account has: the server keeps nothing of what was typed. */
function unknownAccount(e: AuditEntry): boolean {
  return e.action === 'auth.login_failed' && (e.detail as { account?: string } | null)?.account === 'unknown';
}

/** The object an action was about, by its name when the server knows one ("Tỉnh Nghệ An", a user's name). */
function objectText(e: AuditEntry): string {
  if (unknownAccount(e)) return 'Tên đăng nhập không tồn tại (không lưu tên đã nhập)';
  if (e.object_type === 'province' && e.object_name) return scopeLabel({ kind: 'province', id: e.object_id, name: e.object_name });
  const type = OBJECT_TYPE_LABELS[e.object_type] ?? '';
  if (e.object_name) return type ? `${type}: ${e.object_name}` : e.object_name;
  if (!e.object_id || e.object_id === '-') return type;
  return `${type} số ${e.object_id}`.trim();
}

function Detail({ e }: { e: AuditEntry }) {
  const lines = unknownAccount(e) ? [] : auditDetailLines(e.detail, e.names);
  if (lines.length === 0) return null;
  return (
    <dl className="inline-facts">
      {lines.map((l) => (
        <div key={l.label}>
          <dt>{l.label}</dt>
          <dd>{l.value}</dd>
        </div>
      ))}
    </dl>
  );
}

const columns: Column<AuditEntry>[] = [
  { label: 'Số thứ tự', numeric: true, render: (e) => e.seq },
  { label: 'Thời điểm', render: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time> },
  {
    label: 'Người thực hiện',
    render: (e) =>
      unknownAccount(e) || e.actor === '-' ? (
        'Không rõ'
      ) : (
        <span className="stack">
          {e.actor_name || e.actor}
          {e.actor_name && e.actor_name !== e.actor && <span className="muted">{e.actor}</span>}
        </span>
      ),
  },
  { label: 'Hành động', render: (e) => ACTION_LABELS[e.action] ?? e.action },
  { label: 'Đối tượng', render: objectText },
  { label: 'Lý do', render: (e) => e.reason ?? '' },
  { label: 'Chi tiết', render: (e) => <Detail e={e} /> },
];

/** The list's filters without its paging: the export has every matching row. */
function exportFilters({ page: _page, page_size: _pageSize, ...filters }: Record<string, string | number>) {
  return filters;
}

export function Audit() {
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Record<Filter, string>>(
    () => Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<Filter, string>,
  );
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = { ...Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])), page, page_size: PAGE_SIZE };
  const entries = useLoad(() => listAudit(query), JSON.stringify(query));
  const [verify, setVerify] = useState<{ result?: AuditVerify; error?: string; busy: boolean }>({ busy: false });

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (draft[f].trim()) next.set(f, draft[f].trim());
    setParams(next);
  }

  function clear() {
    setDraft(Object.fromEntries(FILTERS.map((f) => [f, ''])) as Record<Filter, string>);
    setParams(new URLSearchParams());
  }

  async function onVerify() {
    setVerify({ busy: true });
    try {
      setVerify({ busy: false, result: await verifyAudit() });
    } catch (caught) {
      setVerify({ busy: false, error: errorMessage(caught) });
    }
  }

  const input = (name: Filter, label: string) => (
    <div className="field">
      <label htmlFor={`audit-${name}`}>{label}</label>
      <input id={`audit-${name}`} value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </div>
  );
  const date = (name: Filter, label: string) => (
    <DateInput id={`audit-${name}`} label={label} value={draft[name]} onValue={(v) => setDraft({ ...draft, [name]: v })} />
  );

  const choice = (name: Filter, label: string, labels: Record<string, string>) => {
    const known = Object.keys(labels);
    const options = draft[name] && !known.includes(draft[name]) ? [...known, draft[name]] : known;
    return (
      <SelectField
        id={`audit-${name}`}
        label={label}
        value={draft[name]}
        onValue={(v) => setDraft({ ...draft, [name]: v })}
        options={options.map((value) => ({ value, label: labels[value] ?? value }))}
        empty="Tất cả"
      />
    );
  };

  return (
    <section>
      <PageHeader title="Nhật ký hệ thống">
        <button type="button" className="button secondary" onClick={onVerify} disabled={verify.busy}>
          {verify.busy ? 'Đang kiểm tra…' : 'Kiểm tra tính toàn vẹn'}
        </button>
        <ExcelButton download={() => exportAudit(exportFilters(query))} />
      </PageHeader>
      <Alert>{verify.error}</Alert>
      {verify.result?.ok === true && (
        <Alert kind="success">
          Nhật ký toàn vẹn: đã kiểm tra {formatNumber(verify.result.checked)} bản ghi, không phát hiện sửa đổi.
        </Alert>
      )}
      {verify.result?.ok === false && (
        <Alert>
          Phát hiện nhật ký bị can thiệp tại bản ghi số {verify.result.first_bad_seq} (đã kiểm tra{' '}
          {formatNumber(verify.result.checked)} bản ghi): {verify.result.problem}
        </Alert>
      )}

      <form className="filters" onSubmit={apply} aria-label="Lọc nhật ký">
        {input('actor', 'Người thực hiện')}
        {choice('action', 'Hành động', ACTION_LABELS)}
        {choice('object_type', 'Loại đối tượng', OBJECT_TYPE_LABELS)}
        {date('from', 'Từ ngày')}
        {date('to', 'Đến ngày')}
        <div className="buttons">
          <button type="submit" className="button primary">
            Lọc
          </button>
          <button type="button" className="button secondary" onClick={clear}>
            Xóa bộ lọc
          </button>
        </div>
      </form>

      <PagedTable
        loaded={entries}
        caption="Nhật ký hệ thống, mới nhất trước"
        columns={columns}
        rowKey={(e) => e.seq}
        empty="Không có bản ghi nào khớp với bộ lọc."
        noun="bản ghi"
        onPage={(p) => {
          const next = new URLSearchParams(params);
          next.set('page', String(p));
          setParams(next);
        }}
      />
    </section>
  );
}
