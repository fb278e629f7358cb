import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { Alert } from '../../components/Alert';
import { SelectField, optionsOf } from '../../components/SelectField';
import { Table, type Column } from '../../components/Table';
import { TextField } from '../../components/TextField';
import { useLoad, useSubmit } from '../../hooks';
import { formatNumber } from '../../labels';
import { countedColumn } from './counted';
import type { RegistryField, RegistrySpec } from './registries';

type Row = Record<string, unknown> & { id: number };

function cell(field: RegistryField, value: unknown) {
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  if (field.key === 'person_id') return <Link to={`/doi-tuong/${value}`}>#{String(value)}</Link>;
  if (field.key === 'case_id') return `#${value}`;
  if (field.options) return field.options[String(value)] ?? String(value);
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

function toBody(fields: RegistryField[], values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (values[f.key] ?? '').trim();
    if (!v) continue;
    body[f.key] = f.type === 'integer' || f.type === 'decimal' ? Number(v.replace(',', '.')) : v;
  }
  return body;
}

/** One registry of a commune: its records (ids marked when they count in the classification) and a form. */
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
  const rows = useLoad(() => api.get<Page<Row>>(`/areas/${spec.path}`, { commune, page_size: 200 }), commune);
  const create = useSubmit();
  const edit = useSubmit();
  const [values, setValues] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const id = `reg-${spec.path}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const ok = await create.run(() =>
      api.post(`/areas/${spec.path}`, { commune_code: commune, ...toBody(spec.fields, values) }).then(() => {}),
    );
    if (ok) {
      setValues({});
      setDone(`Đã ghi nhận ${spec.noun}.`);
      rows.reload();
      onChange();
    }
  }

  async function change(r: Row, f: RegistryField, value: string) {
    setDone('');
    if (await edit.run(() => api.patch(`/areas/${spec.path}/${r.id}`, { [f.key]: value }).then(() => {}))) {
      setDone(`Đã cập nhật ${f.label.toLowerCase()} của #${r.id}.`);
      rows.reload();
      onChange();
    }
  }

  const columns: Column<Row>[] = [
    { label: 'Số', render: (r) => `#${r.id}` },
    ...spec.fields
      .filter((f) => f.listed)
      .map((f) => ({
        label: f.label,
        render: (r: Row) =>
          f.editable && f.options ? (
            <select
              aria-label={`${f.label} #${r.id}`}
              value={String(r[f.key] ?? '')}
              disabled={edit.busy}
              onChange={(e) => change(r, f, e.target.value)}
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
  ];

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{spec.title}</h2>
      {done && <Alert kind="success">{done}</Alert>}
      {rows.error && <Alert>{rows.error}</Alert>}
      <Alert>{edit.error.message}</Alert>
      <Table
        caption={`${spec.title} của xã, phường`}
        columns={columns}
        rows={rows.data?.items ?? []}
        rowKey={(r) => r.id}
        empty={`Chưa ghi nhận ${spec.noun} nào.`}
        loading={rows.loading}
      />
      <details className="panel area-new">
        <summary>Ghi nhận {spec.noun}</summary>
        <form className="form" onSubmit={submit}>
          <Alert>{create.error.message}</Alert>
          {spec.fields.map((f) =>
            f.options ? (
              <SelectField
                key={f.key}
                id={`${id}-${f.key}`}
                label={f.label}
                value={values[f.key] ?? ''}
                onValue={(v) => setValues({ ...values, [f.key]: v })}
                options={optionsOf(f.options)}
                empty="— Chọn —"
                required={f.required}
              />
            ) : (
              <TextField
                key={f.key}
                id={`${id}-${f.key}`}
                label={f.label}
                type={f.type === 'date' ? 'date' : 'text'}
                inputMode={f.type === 'integer' ? 'numeric' : f.type === 'decimal' ? 'decimal' : undefined}
                value={values[f.key] ?? ''}
                onValue={(v) => setValues({ ...values, [f.key]: v })}
                required={f.required}
                invalid={create.error.field === f.key}
              />
            ),
          )}
          <button type="submit" className="button primary" disabled={create.busy}>
            Ghi nhận
          </button>
        </form>
      </details>
    </section>
  );
}
