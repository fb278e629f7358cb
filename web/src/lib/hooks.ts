import { useCallback, useEffect, useRef, useState } from 'react';
import { NO_ERROR, errorMessage, formError, type FormError } from '../api/client';

export interface Loaded<T> {
  data: T | undefined;
  error: string;
  /** The raw error, to tell a 404 from other failures. */
  failure: unknown;
  loading: boolean;
  reload(): void;
  /** Puts an answer the page already has in place of the loaded one (a write that returns the new state). */
  replace(value: T): void;
}

/**
 * Runs `load` whenever `key` changes and keeps the latest answer only,
 * so a slow earlier search never overwrites a newer one.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  // Which request the current data answers: loading is true from the very render in which the
  // key changes, so nobody (person or test) ever reads old rows as the answer to a new query.
  const [answered, setAnswered] = useState('');
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const request = `${tick}|${key}`;

  useEffect(() => {
    let current = true;
    loadRef.current().then(
      (value) => {
        if (!current) return;
        setData(value);
        setFailure(undefined);
        setAnswered(request);
      },
      (error: unknown) => {
        if (!current) return;
        setFailure(error);
        setAnswered(request);
      },
    );
    return () => {
      current = false;
    };
  }, [request]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const replace = useCallback((value: T) => {
    setData(value);
    setFailure(undefined);
  }, []);
  return {
    data,
    failure,
    error: failure === undefined ? '' : errorMessage(failure),
    loading: answered !== request,
    reload,
    replace,
  };
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

/**
 * A form's request: busy while it runs, and the server's message (with the field it is about)
 * when it fails. `run` answers whether the action succeeded.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError>(NO_ERROR);
  const run = useCallback(async (action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(NO_ERROR);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(formError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
