import { triLabel } from './labels';

/**
 * Met / not met / lacking data, in words (never colour alone). A criterion of a key (complex) area is bad
 * news when met: `metIsBad` shows it as a warning, not in the green of good news.
 */
export function TriBadge({ value, metIsBad = false }: { value: boolean | null | undefined; metIsBad?: boolean }) {
  const met = metIsBad ? 'tag tag-off' : 'tag tag-on';
  const unmet = metIsBad ? 'tag tag-neutral' : 'tag tag-off';
  const kind = value === null || value === undefined ? 'badge' : value ? met : unmet;
  return <span className={kind}>{triLabel(value)}</span>;
}
