// The database inside a browser (the static build's Web Worker): PGlite persisted in IndexedDB,
// no data folder, no lock file, no PostgreSQL server. Nothing here may import a node: module.
import { IdbFs, PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { pgliteParsers } from './column-parsers.js';
import { knownMigrations, migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

export interface OpenDatabase {
  db: Kysely<Database>;
  engine: 'pglite' | 'postgres';
  close: () => Promise<void>;
}

export interface BrowserDatabase extends OpenDatabase {
  /** Writes what the last statements changed to the browser's storage; awaited before an answer. */
  persist: () => Promise<void>;
}

export interface BrowserDatabaseOptions {
  /**
   * A new database's files, already initialised and migrated (seedDatabase, at build time): a first
   * visit loads them instead of running initdb and every migration in the browser. Only for a
   * storage that holds no database yet.
   */
  seed?: Blob;
}

/** Where the browser keeps the case files: one IndexedDB database of this origin. */
export const BROWSER_DATA_DIR = 'idb://wakai';

/**
 * PGlite's IndexedDB files, whose writes can be awaited. With relaxedDurability PGlite starts each
 * write without waiting and its syncToFs() returns at once; here every write queues behind the one
 * before, so awaiting a new one means all that came before is stored too.
 */
class AwaitedIdbFs extends IdbFs {
  #last: Promise<void> = Promise.resolve();

  override syncToFs(relaxedDurability?: boolean): Promise<void> {
    const write = this.#last.then(() => super.syncToFs(relaxedDurability));
    this.#last = write.catch(() => {});
    return write;
  }
}

/**
 * Opens PGlite in the browser's storage (`idb://…`, or `memory://` for a throwaway page). One tab's
 * worker holds it at a time: PGlite's IndexedDB file system is not shared between tabs.
 */
export async function openBrowserDatabase(
  dataDir: string = BROWSER_DATA_DIR,
  { seed }: BrowserDatabaseOptions = {},
): Promise<BrowserDatabase> {
  // Each statement's files are written to IndexedDB without waiting (relaxed); persist() waits for
  // them once per request, before the answer: a saved answer means saved data, at a fraction of the cost.
  const fs = dataDir.startsWith('idb://') ? new AwaitedIdbFs(dataDir.slice('idb://'.length)) : undefined;
  const pglite = await PGlite.create(dataDir, {
    parsers: pgliteParsers,
    relaxedDurability: true,
    ...(fs ? { fs } : {}),
    ...(seed ? { loadDataDir: seed } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, engine: 'pglite', close: () => db.destroy(), persist: () => (fs ? fs.syncToFs() : Promise.resolve()) };
}

/** A new database, migrated, as a gzipped tarball of its files: the browser's first visit loads it. */
export async function seedDatabase(migrate: (db: Kysely<Database>) => Promise<unknown>): Promise<Blob> {
  const pglite = await PGlite.create('memory://', { parsers: pgliteParsers });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  try {
    await migrate(db);
    return await pglite.dumpDataDir('gzip');
  } finally {
    await db.destroy();
  }
}

/**
 * Brings the browser's database up to date, the names of the migrations run. A database that has
 * run exactly the migrations this build knows (every start but the first after an update) is only
 * read, not handed to the Migrator, whose checks and lock cost a phone a good part of a second.
 */
export async function migrateBrowserDatabase(db: Kysely<Database>): Promise<string[]> {
  const known = knownMigrations().sort();
  const done = await sql<{ name: string }>`select name from kysely_migration order by name`
    .execute(db)
    .then(({ rows }) => rows.map(({ name }) => name))
    .catch(() => []);
  if (done.length === known.length && done.every((name, i) => name === known[i])) return [];
  return migrateToLatest(db);
}
