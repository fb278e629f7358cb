import { useId, type FormEvent } from 'react';
import { type FormError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { FormButtons } from '../../components/FormButtons';
import { SelectField, optionsOf } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DateInput } from '../../components/DateInput';
import { formatDate, scalarText } from '../../lib/format';
import { useLoad } from '../../lib/hooks';
import { ChipPicker } from './ChipPicker';
import { PERSON_LINK_REASON, searchCommunes, searchPeople } from './pickers';
import type { RegistryField, RegistrySpec } from './registries';
import { listCases } from '../../api/areas';

export type Row = Record<string, unknown> & { id: number };

/** A form's values as typed, and the labels of the values chosen with a picker. */
export interface FormState {
  values: Record<string, string>;
  labels: Record<string, string>;
}

export const EMPTY_FORM: FormState = { values: {}, labels: {} };

/** The form filled with a record, to correct it. */
export function formOf(fields: RegistryField[], row: Row): FormState {
  const values: Record<string, string> = {};
  const labels: Record<string, string> = {};
  for (const f of fields) {
    const v = row[f.key];
    values[f.key] = scalarText(v);
    if (values[f.key] && f.type === 'person') labels[f.key] = `Người #${values[f.key]}`;
    if (values[f.key] && f.type === 'commune') labels[f.key] = `Mã xã ${values[f.key]}`;
  }
  return { values, labels };
}

/**
 * The request body: on creation the fields filled in; on correction every field, an emptied one as
 * null so the server clears it (and names it when it is required).
 */
export function bodyOf(fields: RegistryField[], values: Record<string, string>, editing: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (values[f.key] ?? '').trim();
    if (!v) {
      if (editing) body[f.key] = null;
      continue;
    }
    const numeric = f.type === 'integer' || f.type === 'decimal' || f.type === 'person' || f.type === 'case';
    body[f.key] = numeric ? Number(v.replace(',', '.')) : v;
  }
  return body;
}

/** Submit, and Hủy when the form corrects a row. */
interface Props {
  spec: RegistrySpec;
  commune: string;
  state: FormState;
  onState(state: FormState): void;
  error: FormError;
  busy: boolean;
  submit: string;
  onSubmit(): void;
  onCancel?(): void;
}

/** The fields of one registry, for recording a row and for correcting one: the same form. */
export function RegistryForm({ spec, commune, state, onState, error, busy, submit, onSubmit, onCancel }: Props) {
  const id = useId();
  const needsCases = spec.fields.some((f) => f.type === 'case');
  const cases = useLoad(
    () => (needsCases ? listCases({ commune, page_size: 200 }) : Promise.resolve(null)),
    `${commune}|${needsCases}`,
  );
  const set = (key: string, value: string, label?: string) =>
    onState({ values: { ...state.values, [key]: value }, labels: label === undefined ? state.labels : { ...state.labels, [key]: label } });

  function field(f: RegistryField) {
    const value = state.values[f.key] ?? '';
    const fid = `${id}-${f.key}`;
    switch (f.type) {
      case 'choice':
        return (
          <SelectField key={f.key} id={fid} label={f.label} value={value} onValue={(v) => set(f.key, v)}
            options={optionsOf(f.options ?? {})} empty="— Chọn —" required={f.required} />
        );
      case 'case':
        return (
          <SelectField key={f.key} id={fid} label={f.label} value={value} onValue={(v) => set(f.key, v)} empty="— Không gắn vụ án —"
            options={(cases.data?.items ?? []).map((c) => ({
              value: String(c.id),
              label: `#${c.id}${c.reference ? ` ${scalarText(c.reference)}` : ''} (${formatDate(scalarText(c.case_date))})`,
            }))} />
        );
      case 'person':
      case 'commune':
        return (
          <ChipPicker
            key={f.key}
            label={f.label}
            searchLabel={f.type === 'person' ? 'Tìm theo họ tên hoặc số định danh' : 'Tìm xã, phường theo tên'}
            single
            minChars={f.type === 'person' ? 2 : 1}
            hint={f.type === 'person' ? `Việc tra cứu được ghi nhật ký với lý do: “${PERSON_LINK_REASON}”.` : undefined}
            selected={value ? [{ value, label: state.labels[f.key] ?? value }] : []}
            onChange={(chosen) => set(f.key, chosen[0]?.value ?? '', chosen[0]?.label ?? '')}
            search={f.type === 'person' ? searchPeople : searchCommunes}
          />
        );
      case 'date':
        return (
          <DateInput key={f.key} id={fid} label={f.label} value={value} onValue={(v) => set(f.key, v)}
            required={f.required} invalid={error.field === f.key} />
        );
      default:
        return (
          <TextField key={f.key} id={fid} label={f.label}
            inputMode={f.type === 'integer' ? 'numeric' : f.type === 'decimal' ? 'decimal' : undefined}
            value={value} onValue={(v) => set(f.key, v)} required={f.required} invalid={error.field === f.key} />
        );
    }
  }

  function send(e: FormEvent) {
    e.preventDefault();
    onSubmit();
  }

  return (
    <form className="form" onSubmit={send}>
      <Alert>{error.message}</Alert>
      {spec.fields.map(field)}
      <FormButtons busy={busy} submit={submit} onCancel={onCancel} />
    </form>
  );
}
