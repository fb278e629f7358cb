import { useState } from 'react';
import { TextField } from './TextField';
import { dateProblem, formatDate, parseDate } from '../lib/format';

interface Props {
  id: string;
  label: string;
  /** YYYY-MM-DD, or '' for no date. */
  value: string;
  /**
   * Called with YYYY-MM-DD, '' when the field is emptied, or the typed text itself when it is not a date, so
   * that a form sent anyway is refused by the server instead of losing what was typed.
   */
  onValue(value: string): void;
  /** Latest and earliest dates allowed (YYYY-MM-DD), checked as the date is typed. */
  max?: string;
  min?: string;
  required?: boolean;
  hint?: string;
  invalid?: boolean;
  error?: string;
}

/**
 * A date typed and shown as dd/mm/yyyy whatever the browser's language (a native date input follows the
 * browser, so an English-language browser shows 12/08/2026 for 8 December), handed to the page as ISO.
 */
export function DateInput({ id, label, value, onValue, max, min, required, hint, invalid, error }: Props) {
  const [text, setText] = useState(() => formatDate(value));
  const [seen, setSeen] = useState(value);
  const [left, setLeft] = useState(false);
  // The page may set the value itself (a reset, a record loaded): show it, unless it is what was typed.
  if (value !== seen) {
    setSeen(value);
    if (value !== (parseDate(text) ?? text.trim())) setText(formatDate(value));
  }
  const problem = left ? dateProblem(text, min, max) : '';
  return (
    <TextField
      id={id}
      label={label}
      value={text}
      onValue={(typed) => {
        setText(typed);
        const next = typed.trim() ? (parseDate(typed) ?? typed.trim()) : '';
        setSeen(next);
        onValue(next);
      }}
      onBlur={() => setLeft(true)}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      required={required}
      hint={hint ?? 'Ngày/tháng/năm, ví dụ 08/12/2026.'}
      invalid={invalid}
      error={problem || error}
    />
  );
}
