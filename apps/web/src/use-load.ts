import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './api.js';

/** Loads data on mount and on reload(); keeps the last error for the page to show. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<string | undefined>();
  const reload = useCallback(async () => {
    try {
      setData(await load());
      setError(undefined);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the load depends on
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload, setData };
}
