// One SQL dialect, two engines: embedded PGlite in a data folder (default) or a PostgreSQL server
// when DATABASE_URL is set. Chosen once at start-up.
import { mkdirSync, statfsSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { OpenDatabase } from './browser-database.js';
import { markEmbedded, withBlobCopy } from './bulk-copy.js';
import { DATE_OID, INT8_OID, int8, pgliteParsers } from './column-parsers.js';
import { lockDataDir } from './data-dir-lock.js';
import { migrateAsOwner } from './owner-grants.js';
import { GENERIC_PLANS, PreparingClient } from './prepared-statements.js';
import type { Database } from './schema.js';

export type DatabaseConfig =
  | { engine: 'pglite'; dataDir: string }
  /** `ownerUrl`: the tables' owner, who migrates and grants; the app then runs as `url`'s role (owner-grants.ts). */
  | { engine: 'postgres'; url: string; ownerUrl?: string | undefined };

export type { OpenDatabase } from './browser-database.js';

export interface OpenOptions {
  /** Where a dropped connection is reported (English, one line); standard error by default. */
  log?: (line: string) => void;
}

export async function openDatabase(config: DatabaseConfig, { log = writeToStderr }: OpenOptions = {}): Promise<OpenDatabase> {
  if (config.engine === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      // Reads are prepared once per connection (prepared-statements.ts).
      Client: PreparingClient,
      types: {
        getTypeParser: ((oid: number, format?: string) => {
          if (oid === DATE_OID) return (value: string) => value;
          if (oid === INT8_OID) return int8;
          return pg.types.getTypeParser(oid, format as 'text');
        }) as typeof pg.types.getTypeParser,
      },
    });
    // PostgreSQL may drop a connection (a restart, pg_terminate_backend, a network cut). An 'error'
    // event nobody listens to ends the process: log it instead. The pool drops an idle client by
    // itself; a client in use fails its next query and is dropped when released, and new
    // connections are made as requests come.
    const dropped = (error: Error) => log(`database: connection lost (${error.message}); it is replaced on the next request`);
    pool.on('connect', (client) => {
      client.on('error', dropped);
      // Queued before any query the pool's caller sends on this connection.
      client.query(GENERIC_PLANS).catch((error: Error) => log(`database: prepared reads keep custom plans (${error.message})`));
    });
    // The pool repeats an idle client's error: already logged by the client's listener above.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    if (config.ownerUrl) {
      try {
        await migrateAsOwner(config.ownerUrl, db);
      } catch (error) {
        await db.destroy();
        throw error;
      }
    }
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const inMemory = config.dataDir.startsWith('memory://');
  let release = () => {};
  if (!inMemory) {
    mkdirSync(config.dataDir, { recursive: true });
    release = lockDataDir(config.dataDir);
  }
  try {
    const pglite = await PGlite.create(config.dataDir, { parsers: pgliteParsers });
    const db = markEmbedded(new Kysely<Database>({ dialect: new PGliteDialect(withBlobCopy(pglite)) }));
    // Destroying the Kysely instance closes PGlite (the dialect's driver does it).
    return {
      db,
      engine: 'pglite',
      close: async () => {
        await db.destroy();
        release();
      },
    };
  } catch (error) {
    release();
    throw noSpaceLeft(error, config.dataDir) ?? error;
  }
}

/** ENOSPC as PGlite's file system (WASI numbering) reports it. */
const WASI_ENOSPC = 51;
/** Less than this free, PostgreSQL cannot write its files: a start that failed is the full disk's doing. */
const TOO_LITTLE_FREE = 16 * 1024 * 1024;

/** A start that failed for want of disk space, said so (PGlite's own error has no message). */
function noSpaceLeft(error: unknown, dataDir: string): Error | undefined {
  let free: number | undefined;
  try {
    const stats = statfsSync(dataDir);
    free = stats.bavail * stats.bsize;
  } catch {}
  const full =
    (error as { errno?: number }).errno === WASI_ENOSPC ||
    (error as { code?: string }).code === 'ENOSPC' ||
    (free !== undefined && free < TOO_LITTLE_FREE);
  if (!full) return undefined;
  const left = free === undefined ? '' : `(残り ${Math.floor(free / 1024)} KB / ${Math.floor(free / 1024)} KB left)`;
  return new Error(
    `データフォルダのディスクに空きがありません${left}: ${dataDir}。不要なファイルを消して空きを作ってから、もう一度実行してください ` +
      `(no space left on the disk of the data folder; free some space and run again)`,
  );
}

function writeToStderr(line: string) {
  process.stderr.write(`${line}\n`);
}

/** DATABASE_URL if set, else PGlite in `dataDir`. */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv, dataDir: string): DatabaseConfig {
  return env.DATABASE_URL ? { engine: 'postgres', url: env.DATABASE_URL } : { engine: 'pglite', dataDir };
}
