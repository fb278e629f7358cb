// The header's bell re-reads the inbox when a page changes what it counts (a report filed,
// accepted or returned, a notice read), without a shared store.
const EVENT = 'pcmt:inbox-changed';

export function refreshInbox(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function onInboxChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
