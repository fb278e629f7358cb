import { useId, useState } from 'react';
import { useDebounced, useLoad } from '../lib/hooks';

export interface Option {
  value: string;
  label: string;
}

interface Props {
  label: string;
  searchLabel: string;
  value: string;
  /** Shown for `value` until a search returns it (e.g. the user's current scope). */
  currentOption?: Option;
  search(q: string): Promise<Option[]>;
  /** Changes whenever the searched set changes (e.g. another province). */
  searchKey: string;
  onChange(value: string): void;
}

/** A search box narrowing a plain <select>: keyboard and screen-reader friendly without ARIA tricks. */
export function SearchSelect({ label, searchLabel, value, currentOption, search, searchKey, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const found = useLoad(() => search(q), `${searchKey}|${q}`);
  const options = [...(found.data ?? [])];
  if (currentOption && currentOption.value && !options.some((o) => o.value === currentOption.value)) {
    options.unshift(currentOption);
  }

  return (
    <fieldset className="search-select">
      <legend>{label}</legend>
      <div className="field">
        <label htmlFor={`${id}-q`}>{searchLabel}</label>
        <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-v`}>Chọn</label>
        <select id={`${id}-v`} value={value} onChange={(e) => onChange(e.target.value)} required>
          <option value="">— Chọn —</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {found.error && <p className="field-error">{found.error}</p>}
        {found.data && (
          <p className="hint" role="status">
            {found.data.length === 0 ? 'Không tìm thấy kết quả phù hợp.' : `${found.data.length} kết quả.`}
          </p>
        )}
      </div>
    </fieldset>
  );
}
