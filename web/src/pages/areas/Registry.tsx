import { useState } from 'react';
import { Link } from 'react-router';
import { useUser } from '../../auth';
import { Alert } from '../../components/Alert';
import { Table, type Column } from '../../components/Table';
import { useLoad } from '../../lib/hooks';
import { formatDate, formatNumber, scalarText } from '../../lib/format';
import { canAreas } from '../../lib/access/areas';
import { countedColumn } from './counted';
import { DatedStatus } from './DatedStatus';
import { RowActions, useRegistryForms } from './RecordEditing';
import type { RegistryField, RegistrySpec } from './registries';
import { EMPTY_FORM, type Row } from './RegistryForm';
import { listRecords } from '../../api/areas';
import { exportRegistry } from '../../api/exports';
import { ExcelButton } from '../../components/ExcelButton';

function cell(field: RegistryField, value: unknown) {
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  const text = scalarText(value);
  if (field.type === 'person') return <Link to={`/doi-tuong/${text}`}>#{text}</Link>;
  if (field.type === 'case') return `#${text}`;
  if (field.options) return field.options[text] ?? text;
  if (typeof value === 'number') return formatNumber(value);
  if (field.type === 'date') return formatDate(text);
  return text;
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
  const rows = useLoad(() => listRecords(spec.path, { commune, page_size: 200 }), commune);
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState('');
  const id = `reg-${spec.path}`;

  function changed(message: string) {
    setDone(message);
    rows.reload();
    onChange();
  }
  const forms = useRegistryForms({ spec, commune, initial: () => EMPTY_FORM, changed });

  const columns: Column<Row>[] = [
    { label: 'Số', render: (r) => `#${r.id}` },
    ...spec.fields
      .filter((f) => f.listed)
      .map((f) => ({
        label: f.label,
        render: (r: Row) =>
          f.datedStatus && f.options ? (
            <DatedStatus noun={spec.noun} row={r} options={f.options} editor={editor}
              onChanged={changed} />
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
                record={{ registry: spec.path, id: r.id }}
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
      <ExcelButton table={spec.title} download={() => exportRegistry(spec.path, { commune })} />
      {done && <Alert kind="success">{done}</Alert>}
      {rows.error && <Alert>{rows.error}</Alert>}
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
