// What is derived from a case, computed once per key — the case's revision (bumped by every write to
// anything in the case), the day, who reads it — and then only looked up. Per context (one database
// per process): another process that writes bumps the revision in the database, and every read reads
// the revision first, so a process never serves what was computed before a write it did not see.
import type { ServiceContext } from './context.js';

export type RevisionMemo<T> = (ctx: ServiceContext, key: string, compute: () => Promise<T>) => Promise<T>;

/** A memo keeping the `max` most recently read values per context; readers at once share one computation. */
export function revisionMemo<T>(max: number): RevisionMemo<T> {
  const byContext = new WeakMap<ServiceContext, Map<string, Promise<T>>>();
  return (ctx, key, compute) => {
    const kept = byContext.get(ctx) ?? new Map<string, Promise<T>>();
    byContext.set(ctx, kept);
    const hit = kept.get(key);
    if (hit) {
      // Read again: the most recent, the last to be forgotten.
      kept.delete(key);
      kept.set(key, hit);
      return hit;
    }
    const made = compute();
    if (kept.size >= max) kept.delete(kept.keys().next().value as string);
    kept.set(key, made);
    // A failure is not kept: the next read computes again.
    made.catch(() => kept.delete(key));
    return made;
  };
}
