import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { Alert } from '../../components/Alert';
import { Table, type Column } from '../../components/Table';
import { useLoad, useSubmit } from '../../hooks';
import { formatNumber } from '../../labels';
import { canAreas } from './access';
import { countedColumn } from './counted';
import { DeleteRecord } from './DeleteRecord';
import type { RegistryField, RegistrySpec } from './registries';
import { EMPTY_FORM, RegistryForm, bodyOf, formOf, type FormState, type Row } from './RegistryForm';

function cell(field: RegistryField, value: unknown) {
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  if (field.type === 'person') return <Link to={`/doi-tuong/${value}`}>#{String(value)}</Link>;
  if (field.type === 'case') return `#${value}`;
  if (field.options) return field.options[String(value)] ?? String(value);
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

/** One registry of a commune: its records (ids marked when they count in the classification), a form
 * to record one, and on each row its correction (the same form) and its deletion with a reason. */
export function Registry({
  spec,
  commune,
  counted,
  onChange,
}: {
  spec: RegistrySpec;
  commune: string;
  /** Ids of the rows behind the classification's counts (none for a registry it does not read). */
  counted?: number[];
  onChange(): void;
}) {
  const user = useUser();
  const editor = canAreas.editRegistries(user);
  const rows = useLoad(() => api.get<Page<Row>>(`/areas/${spec.path}`, { commune, page_size: 200 }), commune);
  const create = useSubmit();
  const edit = useSubmit();
  const [creating, setCreating] = useState(false);
  const [draft, setDraft] = useState<FormState>(EMPTY_FORM);
  const [editing, setEditing] = useState<{ id: number; form: FormState } | null>(null);
  const [done, setDone] = useState('');
  const editTitle = useRef<HTMLHeadingElement>(null);
  const id = `reg-${spec.path}`;

  function changed(message: string) {
    setDone(message);
    rows.reload();
    onChange();
  }

  async function submitNew() {
    setDone('');
    const body = { commune_code: commune, ...bodyOf(spec.fields, draft.values, false) };
    if (await create.run(() => api.post(`/areas/${spec.path}`, body).then(() => {}))) {
      setDraft(EMPTY_FORM);
      changed(`Đã ghi nhận ${spec.noun}.`);
    }
  }

  async function submitEdit() {
    if (!editing) return;
    setDone('');
    const body = bodyOf(spec.fields, editing.form.values, true);
    if (await edit.run(() => api.patch(`/areas/${spec.path}/${editing.id}`, body).then(() => {}))) {
      setEditing(null);
      changed(`Đã cập nhật ${spec.noun} #${editing.id}.`);
    }
  }

  /** A choice changed in place on the list (a case's status). */
  async function changeInPlace(r: Row, f: RegistryField, value: string) {
    setDone('');
    if (await edit.run(() => api.patch(`/areas/${spec.path}/${r.id}`, { [f.key]: value }).then(() => {}))) {
      changed(`Đã cập nhật ${f.label.toLowerCase()} của #${r.id}.`);
    }
  }

  function startEdit(r: Row) {
    setDone('');
    edit.setError({ message: '' });
    setEditing({ id: r.id, form: formOf(spec.fields, r) });
    requestAnimationFrame(() => editTitle.current?.focus());
  }

  const columns: Column<Row>[] = [
    { label: 'Số', render: (r) => `#${r.id}` },
    ...spec.fields
      .filter((f) => f.listed)
      .map((f) => ({
        label: f.label,
        render: (r: Row) =>
          editor && f.editable && f.options ? (
            <select
              aria-label={`${f.label} #${r.id}`}
              value={String(r[f.key] ?? '')}
              disabled={edit.busy}
              onChange={(e) => changeInPlace(r, f, e.target.value)}
            >
              {Object.entries(f.options).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          ) : (
            cell(f, r[f.key])
          ),
      })),
    ...countedColumn(counted),
    ...(editor
      ? [
          {
            label: 'Thao tác',
            render: (r: Row) => (
              <div className="point-steps">
                <button type="button" className="button secondary" aria-label={`Sửa ${spec.noun} #${r.id}`} onClick={() => startEdit(r)}>
                  Sửa
                </button>
                <DeleteRecord
                  path={`${spec.path}/${r.id}`}
                  what={`${spec.noun} #${r.id}`}
                  onDeleted={() => {
                    if (editing?.id === r.id) setEditing(null);
                    changed(`Đã xóa ${spec.noun} #${r.id}.`);
                  }}
                />
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{spec.title}</h2>
      {done && <Alert kind="success">{done}</Alert>}
      {rows.error && <Alert>{rows.error}</Alert>}
      {!editing && <Alert>{edit.error.message}</Alert>}
      <Table
        caption={`${spec.title} của xã, phường`}
        columns={columns}
        rows={rows.data?.items ?? []}
        rowKey={(r) => r.id}
        empty={`Chưa ghi nhận ${spec.noun} nào.`}
        loading={rows.loading}
      />
      {editing && (
        <section className="panel area-new" aria-labelledby={`${id}-edit-title`}>
          <h3 id={`${id}-edit-title`} ref={editTitle} tabIndex={-1}>
            Sửa {spec.noun} #{editing.id}
          </h3>
          <RegistryForm
            key={editing.id}
            spec={spec}
            commune={commune}
            state={editing.form}
            onState={(form) => setEditing({ ...editing, form })}
            error={edit.error}
            busy={edit.busy}
            submit="Lưu thay đổi"
            onSubmit={submitEdit}
            onCancel={() => setEditing(null)}
          />
        </section>
      )}
      {editor && (
        <details className="panel area-new" open={creating} onToggle={(e) => setCreating(e.currentTarget.open)}>
          <summary>Ghi nhận {spec.noun}</summary>
          {creating && (
            <RegistryForm
              spec={spec}
              commune={commune}
              state={draft}
              onState={setDraft}
              error={create.error}
              busy={create.busy}
              submit="Ghi nhận"
              onSubmit={submitNew}
            />
          )}
        </details>
      )}
    </section>
  );
}
