import { useState } from 'react';
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
import { RowActions, useRegistryForms } from './RecordEditing';
import type { RegistryField, RegistrySpec } from './registries';
import { EMPTY_FORM, type Row } from './RegistryForm';

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
  const inPlace = useSubmit();
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState('');
  const id = `reg-${spec.path}`;

  function changed(message: string) {
    setDone(message);
    rows.reload();
    onChange();
  }
  const forms = useRegistryForms({ spec, commune, initial: () => EMPTY_FORM, changed });

  /** A choice changed in place on the list (a case's status). */
  async function changeInPlace(r: Row, f: RegistryField, value: string) {
    setDone('');
    if (await inPlace.run(() => api.patch(`/areas/${spec.path}/${r.id}`, { [f.key]: value }).then(() => {}))) {
      changed(`Đã cập nhật ${f.label.toLowerCase()} của #${r.id}.`);
    }
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
              disabled={inPlace.busy}
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
              <RowActions
                what={`${spec.noun} #${r.id}`}
                onEdit={() => {
                  setDone('');
                  forms.startEdit(r);
                }}
                deletePath={`${spec.path}/${r.id}`}
                onDeleted={() => forms.deleted(r.id, `Đã xóa ${spec.noun} #${r.id}.`)}
              />
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
      <Alert>{inPlace.error.message}</Alert>
      <Table
        caption={`${spec.title} của xã, phường`}
        columns={columns}
        rows={rows.data?.items ?? []}
        rowKey={(r) => r.id}
        empty={`Chưa ghi nhận ${spec.noun} nào.`}
        loading={rows.loading}
      />
      {forms.editPanel}
      {editor && (
        <details className="panel area-new" open={creating} onToggle={(e) => setCreating(e.currentTarget.open)}>
          <summary>Ghi nhận {spec.noun}</summary>
          {creating && forms.createForm}
        </details>
      )}
    </section>
  );
}
