// The province's agency catalogue, loaded once per page, and the picker that searches it without
// diacritics ("so y te" finds "Sở Y tế", aliases too).
import { useId, useState } from 'react';
import type { TaskRole } from '../../api/plans';
import { listAgencies, type Agency } from '../../api/types';
import { useLoad, type Loaded } from '../../lib/hooks';
import { searchKey } from '../../lib/searchKey';
import { TASK_ROLE_LABELS } from './labels';

async function allAgencies(province: string): Promise<Agency[]> {
  const items: Agency[] = [];
  for (let page = 1; ; page++) {
    const result = await listAgencies({ province, page, page_size: 200 });
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
}

export function useCatalogue(province: string): Loaded<Agency[]> {
  return useLoad(() => allAgencies(province), `agencies|${province}`);
}

export function matchAgencies(catalogue: Agency[], text: string): Agency[] {
  const words = searchKey(text).split(' ').filter(Boolean);
  if (words.length === 0) return catalogue;
  return catalogue.filter((a) => {
    const keys = [a.name, a.code, ...a.aliases].map(searchKey);
    return words.every((w) => keys.some((k) => k.includes(w)));
  });
}

interface PickerProps {
  catalogue: Agency[];
  legend: string;
  /** With a role choice (adding to a task) or without (replacing an unknown agency). */
  withRole?: boolean;
  button: string;
  onPick(agency: Agency, role: TaskRole): void;
}

/** A search box narrowing a plain <select> of the catalogue, then a button: no ARIA tricks needed. */
export function AgencyPicker({ catalogue, legend, withRole = false, button, onPick }: PickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState('');
  const [role, setRole] = useState<TaskRole>('lead');
  const found = matchAgencies(catalogue, text);
  const value = found.some((a) => String(a.id) === chosen) ? chosen : '';

  function add() {
    const agency = catalogue.find((a) => String(a.id) === value);
    if (!agency) return;
    onPick(agency, role);
    setChosen('');
    setText('');
  }

  return (
    <fieldset className="agency-picker">
      <legend>{legend}</legend>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-q`}>Tìm cơ quan</label>
          <input id={`${id}-q`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-v`}>Cơ quan trong danh mục</label>
          <select id={`${id}-v`} value={value} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{found.length === 0 ? '— Không tìm thấy —' : `— Chọn (${found.length}) —`}</option>
            {found.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        {withRole && (
          <div className="field">
            <label htmlFor={`${id}-r`}>Vai trò</label>
            <select id={`${id}-r`} value={role} onChange={(e) => setRole(e.target.value as TaskRole)}>
              {(Object.keys(TASK_ROLE_LABELS) as TaskRole[]).map((r) => (
                <option key={r} value={r}>
                  {TASK_ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <button type="button" className="button secondary" disabled={!value} onClick={add}>
            {button}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
