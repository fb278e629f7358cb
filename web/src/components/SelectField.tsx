import { FieldError } from './FieldError';
import type { Option } from './SearchSelect';

interface Props {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  options: Option[];
  /** Label of a first, empty choice ("Tất cả", "— Chọn —"); none when left out. */
  empty?: string;
  required?: boolean;
  /** This field's own error, shown under it and read with it. */
  error?: string;
}

/** A labelled <select>: the one way forms here offer a fixed list. */
export function SelectField({ id, label, value, onValue, options, empty, required, error }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        required={required}
        aria-invalid={!!error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Options from a value → label table, in its order. */
export function optionsOf(labels: Record<string, string>): Option[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
