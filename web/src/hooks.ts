import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './api/client';

export interface Loaded<T> {
  data: T | undefined;
  error: string;
  /** The raw error, to tell a 404 from other failures. */
  failure: unknown;
  loading: boolean;
  reload(): void;
}

/**
 * Runs `load` whenever `key` changes and keeps the latest answer only,
 * so a slow earlier search never overwrites a newer one.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (!current) return;
        setData(value);
        setFailure(undefined);
        setLoading(false);
      },
      (error: unknown) => {
        if (!current) return;
        setFailure(error);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, failure, error: failure === undefined ? '' : errorMessage(failure), loading, reload };
}

/** A value that follows `value` after `delay` ms of quiet (for search boxes). */
export function useDebounced<T>(value: T, delay = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — PCMT`;
  }, [title]);
}
