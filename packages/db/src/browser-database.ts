// The database inside a browser (the static build's Web Worker): PGlite persisted in IndexedDB,
// no data folder, no lock file, no PostgreSQL server. Nothing here may import a node: module.
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { pgliteParsers } from './column-parsers.js';
import type { Database } from './schema.js';

export interface OpenDatabase {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgres';
  close: () => Promise<void>;
}

/** Where the browser keeps the case files: one IndexedDB database of this origin. */
export const BROWSER_DATA_DIR = 'idb://wakai';

/**
 * Opens PGlite in the browser's storage (`idb://…`, or `memory://` for a throwaway page). One tab's
 * worker holds it at a time: PGlite's IndexedDB file system is not shared between tabs.
 */
export async function openBrowserDatabase(dataDir: string = BROWSER_DATA_DIR): Promise<OpenDatabase> {
  const pglite = await PGlite.create(dataDir, { parsers: pgliteParsers });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, engine: 'pglite', close: () => db.destroy() };
}
