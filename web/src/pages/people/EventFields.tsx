// The inputs of one lifecycle event's fields, from the type's field specs in /people/reference:
// yes/no, numbers, text, dates, one choice or several. A field left blank is not sent, which the engine
// reads differently from "no" (a missing guardian consent is an obligation, a refused one is not).
import type { EventField } from '../../api/people';
import { DateInput } from '../../components/DateInput';

export type FieldValues = Record<string, string | string[]>;

interface Props {
  fields: EventField[];
  values: FieldValues;
  onChange(values: FieldValues): void;
  invalidField?: string;
  /** Choices for a text field that names something the person has (deadline_met's deadline). */
  textChoices?: Record<string, { value: string; label: string }[]>;
}

const NOT_RECORDED = '— Không ghi —';

/** The fields as the API wants them: booleans, numbers and lists typed, blanks left out. */
export function fieldBody(fields: EventField[], values: FieldValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (f.kind === 'boolean') body[f.name] = v === 'true';
    else if (f.kind === 'integer') body[f.name] = Number(v);
    else if (f.kind === 'integer_list') body[f.name] = (v as string[]).map(Number).sort((a, b) => a - b);
    else if (f.kind === 'choice_list') body[f.name] = f.choices.filter((c) => (v as string[]).includes(c));
    else body[f.name] = v;
  }
  return body;
}

export function EventFields({ fields, values, onChange, invalidField, textChoices = {} }: Props) {
  const set = (name: string, value: string | string[]) => onChange({ ...values, [name]: value });

  return (
    <>
      {fields.map((f) => {
        const id = `event-field-${f.name}`;
        const text = (f.label || f.name) + (f.required ? '' : ' (không bắt buộc)');
        const invalid = invalidField === f.name || undefined;
        const value = values[f.name] ?? (f.kind.endsWith('_list') ? [] : '');
        const choices = textChoices[f.name];

        if (f.kind === 'integer_list' || f.kind === 'choice_list') {
          const options =
            f.kind === 'integer_list'
              ? Object.entries(f.choice_labels).map(([n, l]) => ({ value: n, label: `${n}. ${l}` }))
              : f.choices.map((c) => ({ value: c, label: f.choice_labels[c] ?? c }));
          const list = value as string[];
          return (
            <fieldset key={f.name} className="checks" aria-invalid={invalid}>
              <legend>{text}</legend>
              {options.map((o) => (
                <label key={o.value} className="check">
                  <input
                    type="checkbox"
                    checked={list.includes(o.value)}
                    onChange={(e) => set(f.name, e.target.checked ? [...list, o.value] : list.filter((x) => x !== o.value))}
                  />
                  {o.label}
                </label>
              ))}
            </fieldset>
          );
        }

        if (f.kind === 'boolean' || f.kind === 'choice' || choices) {
          const options =
            f.kind === 'boolean'
              ? [
                  { value: 'true', label: 'Có' },
                  { value: 'false', label: 'Không' },
                ]
              : (choices ?? f.choices.map((c) => ({ value: c, label: f.choice_labels[c] ?? c })));
          return (
            <div key={f.name} className="field">
              <label htmlFor={id}>{text}</label>
              <select id={id} value={value} aria-invalid={invalid} onChange={(e) => set(f.name, e.target.value)}>
                <option value="">{f.required ? '— Chọn —' : NOT_RECORDED}</option>
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
          );
        }

        if (f.kind === 'date') {
          return <DateInput key={f.name} id={id} label={text} value={typeof value === 'string' ? value : ''} onValue={(v) => set(f.name, v)} invalid={invalid} />;
        }

        return (
          <div key={f.name} className="field">
            <label htmlFor={id}>{text}</label>
            <input
              id={id}
              type={f.kind === 'integer' ? 'number' : 'text'}
              inputMode={f.kind === 'integer' ? 'numeric' : undefined}
              min={f.kind === 'integer' ? 0 : undefined}
              value={value}
              aria-invalid={invalid}
              onChange={(e) => set(f.name, e.target.value)}
            />
          </div>
        );
      })}
    </>
  );
}
