// The registry's reference data (event types with their fields and allowed states, states, drug
// types, import fields): the same for every user, so it is fetched once per page load.
import { getReference, type Reference } from '../../api/people';
import { useLoad, type Loaded } from '../../lib/hooks';

let cached: Promise<Reference> | null = null;

function loadReference(): Promise<Reference> {
  cached ??= getReference().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

export function useReference(): Loaded<Reference> {
  return useLoad(loadReference, 'people-reference');
}
