import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api.js';

/** Loads data on mount and on reload(); keeps the last error for the page to show. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<string | undefined>();
  // The newest load and its count: an older answer arriving after a newer load began is dropped,
  // never drawn over it (次へ twice, or a search typed on, could otherwise end on the older page).
  const started = useRef(0);
  const newest = useRef<Promise<void>>(Promise.resolve());
  const reload = useCallback((): Promise<void> => {
    const mine = ++started.current;
    const run = (async () => {
      try {
        const loaded = await load();
        if (mine !== started.current) return;
        setData(loaded);
        setError(undefined);
      } catch (e) {
        if (mine === started.current) setError(e instanceof ApiError ? e.message : String(e));
      }
    })();
    // A caller awaiting an overtaken load (a save, then its notice) waits for the newer one's answer.
    const settled = run.then(() => (mine === started.current ? undefined : newest.current));
    newest.current = settled;
    return settled;
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the load depends on
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload, setData };
}
