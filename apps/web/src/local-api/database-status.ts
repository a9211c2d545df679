// What the page knows of the in-browser database while it opens: opening, open or failed, and
// whether the page shows a saved view (saved-view.ts) meanwhile. No Worker here: the app's shell
// reads this without loading the API's code.
import { useSyncExternalStore } from 'react';

export interface DatabaseStatus {
  state: 'opening' | 'open' | 'failed';
  /** When the saved answers on the page were read (ms since 1970), while it shows them. */
  savedViewAt?: number;
  /** Counts the times the page left a saved view: its content is then made anew from the database. */
  generation: number;
}

let status: DatabaseStatus = { state: 'opening', generation: 0 };
const listeners = new Set<() => void>();

function set(next: DatabaseStatus) {
  status = next;
  for (const listener of listeners) listener();
}

export const databaseStatus = () => status;

export function onDatabaseStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useDatabaseStatus = () => useSyncExternalStore(onDatabaseStatus, databaseStatus);

/** The database opened (or not): a saved view on the page is replaced by what the database holds. */
export function databaseSettled(state: 'open' | 'failed' | 'opening') {
  const left = status.savedViewAt !== undefined && state !== 'opening';
  set({ state, generation: status.generation + (left ? 1 : 0) });
}

/** A saved answer read at `savedAt` is on the page: it is marked so and takes no input. */
export function savedViewShown(savedAt: number) {
  if (status.state !== 'opening') return;
  set({ ...status, savedViewAt: Math.min(savedAt, status.savedViewAt ?? savedAt) });
}
