import { useSearchParams } from 'react-router';

/**
 * The page's query string and a way to change some of its keys in place (an empty value removes
 * the key), as the filters of a list do.
 */
export function useQueryState() {
  const [params, setParams] = useSearchParams();
  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  }
  return [params, update] as const;
}
