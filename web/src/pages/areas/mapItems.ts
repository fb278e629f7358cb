// What the map page shows: which points pass the kind and status filters, and how a commune's circle is named.
// The markers and their accessible list read the same helpers, so the list is exactly what the map draws.
import type { PointKind } from '../../api/areas';
import type { MapCommune, MapPoint } from '../../api/areasMap';
import { KEY_TYPE_LABELS } from './labels';

export type StatusFilter = '' | 'active' | 'eliminated' | 'reformed';

export const isEliminated = (p: MapPoint) => p.status === 'eliminated' || p.status === 'watched';
export const hasPlace = (p: MapPoint) => p.lat !== null && p.lon !== null;

export function keepPoint(p: MapPoint, kinds: Set<PointKind>, status: StatusFilter): boolean {
  if (!kinds.has(p.kind)) return false;
  if (status === 'active') return !isEliminated(p);
  if (status === 'eliminated') return isEliminated(p);
  if (status === 'reformed') return p.reformed;
  return true;
}

export function communeLabel(c: MapCommune): string {
  return c.drug_free === true ? 'Không ma túy' : KEY_TYPE_LABELS[c.type];
}

/** A marker's key, shared by the map and the list's "Xem trên bản đồ" buttons. */
export const pointKey = (p: MapPoint) => `point:${p.id}`;
export const communeKey = (c: MapCommune) => `commune:${c.code}`;
