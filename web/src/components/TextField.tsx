import { FieldError } from './FieldError';
import type { InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'> {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  /** Help shown under the input and read with it (aria-describedby). */
  hint?: string;
  /** Marks the input as the one the last error was about. */
  invalid?: boolean;
  /** This field's own error, shown under it and read with it. */
  error?: string;
}

/** A labelled text input: the one way forms here ask for text. */
export function TextField({ id, label, value, onValue, hint, invalid, error, ...input }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={invalid || !!error || undefined}
        aria-describedby={described || undefined}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}
