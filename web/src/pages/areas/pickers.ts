// What the areas pickers search: the people registry (audited, with a fixed honest reason) and the
// communes of the country (an offender may reside outside the province).
import { searchPeople as findPeople } from '../../api/people';
import { listCommunes } from '../../api/types';
import type { Option } from '../../components/SearchSelect';
import { searchKey } from '../../lib/searchKey';

/** The reason every people search of the offender picker is audited with (docs/people.md). */
export const PERSON_LINK_REASON = 'Liên kết đối tượng bị bắt với hồ sơ người sử dụng ma túy';

export async function searchPeople(q: string): Promise<Option[]> {
  const page = await findPeople({ q, reason: PERSON_LINK_REASON, page_size: 10 });
  return page.items.map((p) => ({
    value: String(p.id),
    label: `${p.full_name} (sinh ${p.birth_date}, ${p.commune_name})`,
  }));
}

export async function searchCommunes(q: string): Promise<Option[]> {
  const page = await listCommunes({ q, page_size: 10 });
  return page.items.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` }));
}

/** Communes already loaded (a province's), filtered by name without regard to case or diacritics. */
export function filterCommunes(all: { code: string; name: string }[], q: string, limit = 10): Option[] {
  const key = searchKey(q);
  return all
    .filter((c) => searchKey(c.name).includes(key) || c.code.startsWith(key))
    .slice(0, limit)
    .map((c) => ({ value: c.code, label: c.name }));
}
