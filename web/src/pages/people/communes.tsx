// The communes of the user's province, for the commune pickers of the people pages. A province has
// at most a few hundred, so one list read once serves every picker.
import { useUser } from '../../auth';
import { listCommunes, type Commune } from '../../api/types';
import { SelectField } from '../../components/SelectField';
import { useLoad } from '../../lib/hooks';

const cache = new Map<string, Promise<Commune[]>>();

async function readAll(province: string): Promise<Commune[]> {
  const items: Commune[] = [];
  for (let page = 1; ; page++) {
    const result = await listCommunes({ province, page, page_size: 200 });
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
}

function communesOf(province: string): Promise<Commune[]> {
  let found = cache.get(province);
  if (!found) {
    found = readAll(province).catch((error: unknown) => {
      cache.delete(province);
      throw error;
    });
    cache.set(province, found);
  }
  return found;
}

export function useCommunes() {
  const user = useUser();
  return useLoad(() => communesOf(user.province_code), `communes|${user.province_code}`);
}

interface Props {
  id: string;
  label?: string;
  value: string;
  onValue(code: string): void;
  /** The first, empty choice ("Tất cả xã, phường"); none when a commune is required. */
  empty?: string;
  required?: boolean;
  error?: string;
}

/** A commune of the user's province, by name. */
export function CommuneSelect({ id, label = 'Xã, phường', value, onValue, empty, required, error }: Props) {
  const communes = useCommunes();
  const options = (communes.data ?? []).map((c) => ({ value: c.code, label: c.name }));
  return (
    <>
      <SelectField
        id={id}
        label={label}
        value={value}
        onValue={onValue}
        options={options}
        empty={empty ?? '— Chọn —'}
        required={required}
        error={error}
      />
      {communes.error && <p className="field-error">{communes.error}</p>}
    </>
  );
}
