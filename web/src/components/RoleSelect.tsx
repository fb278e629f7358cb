import type { Role } from '../api/types';
import { ROLE_LABELS } from '../lib/labels';
import { SelectField, optionsOf } from './SelectField';

export function RoleSelect({ id, value, onChange }: { id: string; value: Role; onChange(role: Role): void }) {
  return (
    <SelectField id={id} label="Vai trò" value={value} onValue={(v) => onChange(v as Role)} options={optionsOf(ROLE_LABELS)} />
  );
}
