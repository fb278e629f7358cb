import { useState } from 'react';
import { listAgencies, listCommunes, listProvinces, type Role, type Scope, type ScopeKind } from '../api/types';
import { useLoad } from '../lib/hooks';
import { SearchSelect, type Option } from './SearchSelect';
import { SelectField } from './SelectField';

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
  const provinces = useLoad(() => listProvinces(), 'provinces');
  const [province, setProvince] = useState(defaultProvince);
  const list = provinces.data?.items ?? [];
  const currentOption: Option | undefined =
    current && current.kind === kind ? { value: scopeValue(current), label: current.name || current.id } : undefined;

  if (kind === 'province') {
    return (
      <SelectField
        id="scope-province"
        label="Phạm vi: tỉnh, thành phố"
        value={value}
        onValue={onChange}
        options={list.map((p) => ({ value: `province:${p.code}`, label: p.name }))}
        empty="— Chọn —"
        required
      />
    );
  }

  const searchCommunes = async (q: string) => {
    const page = await listCommunes({ province, q, page_size: 50 });
    return page.items.map((c) => ({ value: `commune:${c.code}`, label: `${c.name} (${c.code})` }));
  };
  const searchAgencies = async (q: string) => {
    const page = await listAgencies({ province, q, page_size: 50 });
    return page.items.map((a) => ({ value: `agency:${a.id}`, label: a.name }));
  };

  return (
    <div className="scope-picker">
      {list.length > 1 && (
        <SelectField
          id="scope-filter-province"
          label="Tỉnh, thành phố"
          value={province}
          onValue={setProvince}
          options={list.map((p) => ({ value: p.code, label: p.name }))}
        />
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
