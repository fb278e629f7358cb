import { useState } from 'react';
import { api } from '../api/client';
import type { Agency, Commune, Page, Province, Role, Scope, ScopeKind } from '../api/types';
import { useLoad } from '../hooks';
import { SearchSelect, type Option } from './SearchSelect';

/** The scope kind a role must have (the server answers user.scope_invalid otherwise). */
export function scopeKindFor(role: Role): ScopeKind {
  if (role === 'commune') return 'commune';
  if (role === 'agency') return 'agency';
  return 'province';
}

export function scopeValue(scope: Scope): string {
  return `${scope.kind}:${scope.id}`;
}

interface Props {
  kind: ScopeKind;
  value: string;
  onChange(value: string): void;
  defaultProvince: string;
  current?: Scope;
}

export function ScopePicker({ kind, value, onChange, defaultProvince, current }: Props) {
  const provinces = useLoad(() => api.get<{ items: Province[] }>('/provinces'), 'provinces');
  const [province, setProvince] = useState(defaultProvince);
  const list = provinces.data?.items ?? [];
  const currentOption: Option | undefined =
    current && current.kind === kind ? { value: scopeValue(current), label: current.name || current.id } : undefined;

  if (kind === 'province') {
    return (
      <div className="field">
        <label htmlFor="scope-province">Phạm vi: tỉnh, thành phố</label>
        <select id="scope-province" value={value} onChange={(e) => onChange(e.target.value)} required>
          <option value="">— Chọn —</option>
          {list.map((p) => (
            <option key={p.code} value={`province:${p.code}`}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
    );
  }

  const searchCommunes = async (q: string) => {
    const page = await api.get<Page<Commune>>('/communes', { province, q, page_size: 50 });
    return page.items.map((c) => ({ value: `commune:${c.code}`, label: `${c.name} (${c.code})` }));
  };
  const searchAgencies = async (q: string) => {
    const page = await api.get<Page<Agency>>('/agencies', { province, q, page_size: 50 });
    return page.items.map((a) => ({ value: `agency:${a.id}`, label: a.name }));
  };

  return (
    <div className="scope-picker">
      {list.length > 1 && (
        <div className="field">
          <label htmlFor="scope-filter-province">Tỉnh, thành phố</label>
          <select id="scope-filter-province" value={province} onChange={(e) => setProvince(e.target.value)}>
            {list.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'commune' ? (
        <SearchSelect
          label="Phạm vi: xã, phường"
          searchLabel="Tìm xã, phường"
          value={value}
          currentOption={currentOption}
          search={searchCommunes}
          searchKey={`commune|${province}`}
          onChange={onChange}
        />
      ) : (
        <SearchSelect
          label="Phạm vi: sở, ban, ngành"
          searchLabel="Tìm cơ quan, đơn vị"
          value={value}
          currentOption={currentOption}
          search={searchAgencies}
          searchKey={`agency|${province}`}
          onChange={onChange}
        />
      )}
    </div>
  );
}
