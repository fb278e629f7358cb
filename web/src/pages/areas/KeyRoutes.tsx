import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth';
import { type FormError } from '../../api/client';
import { createRoute, getClassification, listRoutes, updateRoute, type KeyRoute } from '../../api/areas';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { SelectField, optionsOf } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { DateInput } from '../../components/DateInput';
import { formatDate } from '../../lib/format';
import { useLoad, useSubmit } from '../../lib/hooks';
import { canAreas } from '../../lib/access/areas';
import { ChipPicker } from './ChipPicker';
import { filterCommunes } from './pickers';
import { EditPanel, RowActions } from './RecordEditing';
import { FormButtons } from '../../components/FormButtons';
import './areas.css';

const SCOPE_LABELS: Record<string, string> = { intra: 'Nội tỉnh', inter: 'Liên tỉnh' };

interface RouteDraft {
  name: string;
  scope: KeyRoute['scope'];
  active_from: string;
  active_to: string;
  note: string;
  communes: string[];
}

const EMPTY_ROUTE: RouteDraft = { name: '', scope: 'intra', active_from: '', active_to: '', note: '', communes: [] };

function draftOf(r: KeyRoute): RouteDraft {
  return {
    name: r.name,
    scope: r.scope,
    active_from: r.active_from,
    active_to: r.active_to ?? '',
    note: r.note ?? '',
    communes: r.communes,
  };
}

/** The request body; an emptied end date is sent as null so a correction can reopen a route. */
function bodyOf(d: RouteDraft) {
  return { ...d, active_to: d.active_to || null };
}

interface FormProps {
  id: string;
  draft: RouteDraft;
  onDraft(d: RouteDraft): void;
  /** The province's communes, to pick the ones the route crosses by name. */
  communes: { code: string; name: string }[];
  names: Map<string, string>;
  error: FormError;
  busy: boolean;
  submit: string;
  onSubmit(): void;
  onCancel?(): void;
}

/** A route's fields, for recording it and for correcting it: the same form. */
function RouteForm({ id, draft, onDraft, communes, names, error, busy, submit, onSubmit, onCancel }: FormProps) {
  const set = (key: keyof RouteDraft) => (value: string) => onDraft({ ...draft, [key]: value });
  function send(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }
  return (
    <form className="form" onSubmit={send}>
      <Alert>{error.message}</Alert>
      <TextField id={`${id}-name`} label="Tên tuyến" value={draft.name} onValue={set('name')} required invalid={error.field === 'name'} />
      <SelectField id={`${id}-scope`} label="Phạm vi" value={draft.scope} onValue={set('scope')} options={optionsOf(SCOPE_LABELS)} required />
      <DateInput id={`${id}-from`} label="Từ ngày" value={draft.active_from} onValue={set('active_from')} required
        invalid={error.field === 'active_from'} />
      <DateInput id={`${id}-to`} label="Đến ngày" value={draft.active_to} onValue={set('active_to')}
        invalid={error.field === 'active_to'} />
      <TextField id={`${id}-note`} label="Ghi chú" value={draft.note} onValue={set('note')} />
      <ChipPicker
        label="Xã, phường tuyến đi qua"
        searchLabel="Tìm xã, phường theo tên"
        selected={draft.communes.map((code) => ({ value: code, label: names.get(code) ?? code }))}
        onChange={(chosen) => onDraft({ ...draft, communes: chosen.map((o) => o.value) })}
        search={(q) => Promise.resolve(filterCommunes(communes, q))}
      />
      <FormButtons busy={busy} submit={submit} onCancel={onCancel} />
    </form>
  );
}

/** Key routes (tuyến trọng điểm) of the province and the communes they cross (QĐ 28/2025 Điều 4 điểm đ). */
export function KeyRoutes() {
  const user = useUser();
  const keeper = canAreas.editRoutes(user);
  const routes = useLoad(() => listRoutes(), 'routes');
  // The province's communes with their names: to show a route's communes and to pick them.
  const run = useLoad(() => getClassification(), 'names');
  const communes = (run.data?.communes ?? []).map((c) => ({ code: c.code, name: c.name }));
  const names = new Map(communes.map((c) => [c.code, c.name]));
  const save = useSubmit();
  const edit = useSubmit();
  const [draft, setDraft] = useState<RouteDraft>(EMPTY_ROUTE);
  const [editing, setEditing] = useState<{ id: number; draft: RouteDraft } | null>(null);
  const [done, setDone] = useState('');

  function changed(message: string) {
    setDone(message);
    routes.reload();
  }

  async function submitNew() {
    setDone('');
    if (await save.run(() => createRoute(bodyOf(draft)).then(() => {}))) {
      changed(`Đã ghi nhận tuyến “${draft.name}”.`);
      setDraft(EMPTY_ROUTE);
    }
  }

  async function submitEdit() {
    if (!editing) return;
    setDone('');
    if (await edit.run(() => updateRoute(editing.id, bodyOf(editing.draft)).then(() => {}))) {
      changed(`Đã cập nhật tuyến “${editing.draft.name}”.`);
      setEditing(null);
    }
  }

  function startEdit(r: KeyRoute) {
    setDone('');
    edit.setError({ message: '' });
    setEditing({ id: r.id, draft: draftOf(r) });
  }

  const columns: Column<KeyRoute>[] = [
    { label: 'Tên tuyến', render: (r) => r.name },
    { label: 'Phạm vi', render: (r) => SCOPE_LABELS[r.scope] ?? r.scope },
    { label: 'Hiệu lực', render: (r) => `${formatDate(r.active_from)} – ${r.active_to ? formatDate(r.active_to) : 'nay'}` },
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
    ...(keeper
      ? [
          {
            label: 'Thao tác',
            render: (r: KeyRoute) => (
              <RowActions
                what={`tuyến “${r.name}”`}
                onEdit={() => startEdit(r)}
                record={{ registry: 'routes', id: r.id }}
                onDeleted={() => {
                  if (editing?.id === r.id) setEditing(null);
                  changed(`Đã xóa tuyến “${r.name}”.`);
                }}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <section>
      <p className="breadcrumb">
        <Link to="/dia-ban">Địa bàn</Link> › Tuyến trọng điểm
      </p>
      <PageHeader title="Tuyến trọng điểm" />
      {routes.error && <Alert>{routes.error}</Alert>}
      {done && <Alert kind="success">{done}</Alert>}
      <Table
        caption="Tuyến trọng điểm của tỉnh"
        columns={columns}
        rows={routes.data?.items ?? []}
        rowKey={(r) => r.id}
        empty={
          keeper
            ? 'Chưa ghi nhận tuyến trọng điểm nào. Ghi tuyến ở mục “Ghi nhận tuyến” bên dưới.'
            : 'Chưa ghi nhận tuyến trọng điểm nào. Cơ quan thường trực hoặc quản trị viên ghi các tuyến của tỉnh.'
        }
        loading={routes.loading}
      />
      {editing && (
        <EditPanel key={editing.id} level={2} title={`Sửa tuyến “${editing.draft.name || '…'}”`}>
          <RouteForm
            id="edit-route"
            draft={editing.draft}
            onDraft={(d) => setEditing({ ...editing, draft: d })}
            communes={communes}
            names={names}
            error={edit.error}
            busy={edit.busy}
            submit="Lưu thay đổi"
            onSubmit={submitEdit}
            onCancel={() => setEditing(null)}
          />
        </EditPanel>
      )}
      {keeper && (
        <details className="panel area-new">
          <summary>Ghi nhận tuyến</summary>
          <RouteForm
            id="route"
            draft={draft}
            onDraft={setDraft}
            communes={communes}
            names={names}
            error={save.error}
            busy={save.busy}
            submit="Ghi nhận"
            onSubmit={submitNew}
          />
        </details>
      )}
    </section>
  );
}
