// Many rows into the embedded database at once. PGlite runs on the request loop's own thread and
// never yields while it works: a 200,000-row history written as 1,000-row INSERTs held every other
// request for seconds. COPY … FROM '/dev/blob' (PGlite reads the rows from a Blob) writes them
// several times faster, in slices between which the loop takes other work.
import type { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Db } from './db.js';
import type { Database } from './schema.js';

/** Databases opened on PGlite in this process (connect.ts marks them). */
const embedded = new WeakSet<Kysely<Database>>();

export function markEmbedded(db: Kysely<Database>): Kysely<Database> {
  embedded.add(db);
  return db;
}

/** Whether `db` is PGlite: bulk rows then go by COPY, in slices. */
export const isEmbedded = (db: Kysely<Database>): boolean => embedded.has(db);

const blobCopy = /^copy\s[^;]*\sfrom\s'\/dev\/blob'/i;

/**
 * PGlite as the Kysely dialect sees it, but a COPY … FROM '/dev/blob' whose one parameter is a Blob
 * reads that Blob (Kysely passes parameters, never PGlite's query options).
 */
export function withBlobCopy(pglite: PGlite): PGlite {
  return new Proxy(pglite, {
    get(target, key) {
      if (key === 'query')
        return (query: string, params?: unknown[], options?: object) => {
          const [blob] = params ?? [];
          if (params?.length === 1 && blob instanceof Blob && blobCopy.test(query)) return target.query(query, [], { ...options, blob });
          return target.query(query, params, options);
        };
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A value in COPY's text format: NULL as \N, the separators and the backslash escaped. */
function copyText(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** Rows (values in `columns`' order) into `table` by one COPY: in the caller's transaction, or one of its own. */
export async function copyRows(
  db: Db,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
): Promise<void> {
  if (rows.length === 0) return;
  const text = rows.map((row) => `${row.map(copyText).join('\t')}\n`).join('');
  await db.executeQuery(CompiledQuery.raw(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [new Blob([text])]));
}

/** Lets the loop take the requests that came meanwhile (a timer: PGlite's promises settle without one). */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
