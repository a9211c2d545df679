// What every repository function takes first: the database, or a transaction on it (a write and
// what it touches run in one). Its own module, so that repositories never import each other for it.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Db = Kysely<Database> | Transaction<Database>;

/** Rows per INSERT when many are stored at once (well under PostgreSQL's 65,535 parameters). */
export const ROWS_PER_INSERT = 1_000;

/** `rows` in consecutive slices of at most `size` (one INSERT each). */
export function inBatches<T>(rows: readonly T[], size = ROWS_PER_INSERT): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}
