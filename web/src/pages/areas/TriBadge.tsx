import { triLabel } from './labels';

/** Met / not met / lacking data, in words (never colour alone). */
export function TriBadge({ value }: { value: boolean | null | undefined }) {
  const kind = value === null || value === undefined ? 'badge' : value ? 'tag tag-on' : 'tag tag-off';
  return <span className={kind}>{triLabel(value)}</span>;
}
