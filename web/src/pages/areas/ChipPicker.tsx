import { useId, useState } from 'react';
import type { Option } from '../../components/SearchSelect';
import { useDebounced, useLoad } from '../../lib/hooks';

interface Props {
  label: string;
  searchLabel: string;
  /** What is chosen, shown as chips each with a button to take it off. */
  selected: Option[];
  onChange(selected: Option[]): void;
  /** The candidates for a search text (already at least `minChars` long). */
  search(q: string): Promise<Option[]>;
  /** One value at most: choosing another replaces it. */
  single?: boolean;
  /** Searches only from this many characters (a people search is audited: no search on an empty box). */
  minChars?: number;
  hint?: string;
}

/** Chosen values as chips and a search box offering more: the pickers of the areas forms. */
export function ChipPicker({ label, searchLabel, selected, onChange, search, single, minChars = 1, hint }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const active = q.length >= minChars;
  const found = useLoad(() => (active ? search(q) : Promise.resolve([])), active ? q : '');
  const chosen = new Set(selected.map((o) => o.value));
  const offered = (found.data ?? []).filter((o) => !chosen.has(o.value));

  function choose(o: Option) {
    onChange(single ? [o] : [...selected, o]);
    setText('');
  }

  return (
    <fieldset className="chip-picker">
      <legend>{label}</legend>
      {selected.length === 0 ? (
        <p className="muted">Chưa chọn.</p>
      ) : (
        <ul className="chips">
          {selected.map((o) => (
            <li key={o.value} className="chip">
              <span>{o.label}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Bỏ ${o.label}`}
                onClick={() => onChange(selected.filter((s) => s.value !== o.value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-q`}>{searchLabel}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
        {found.error && <p className="field-error">{found.error}</p>}
        {active && text.trim() === q && found.data && !found.loading && (
          <p className="hint" role="status">
            {offered.length > 0
              ? `${offered.length} kết quả.`
              : found.data.length > 0
                ? 'Kết quả tìm thấy đã được chọn.'
                : 'Không tìm thấy kết quả phù hợp.'}
          </p>
        )}
      </div>
      {active && offered.length > 0 && (
        <ul className="chip-picker-results">
          {offered.map((o) => (
            <li key={o.value}>
              <button type="button" className="button secondary" onClick={() => choose(o)}>
                {single ? 'Chọn' : 'Thêm'}: {o.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
