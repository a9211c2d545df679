// For tests: the engines every database test runs on — always embedded PGlite (in memory), and a
// real PostgreSQL server when WAKAI_TEST_POSTGRES_URL is set (.ci/run sets it). Each call makes
// a fresh, migrated database and a function that removes it.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type OpenDatabase, openDatabase } from './connect.js';
import { migrateToLatest } from './migrate.js';

export type TestDatabase = OpenDatabase & { url?: string; drop: () => Promise<void> };

export interface TestEngine {
  name: 'pglite' | 'postgres';
  open: () => Promise<TestDatabase>;
}

/**
 * The database handle of a second server process on the same test database: its own connection on
 * PostgreSQL; on PGlite, which has one handle per database, the same handle (and a `close` that
 * leaves it open, as `drop` closes it).
 */
export async function openSecondProcess(opened: TestDatabase): Promise<Pick<OpenDatabase, 'db' | 'close'>> {
  if (!opened.url) return { db: opened.db, close: async () => {} };
  const other = await openDatabase({ engine: 'postgres', url: opened.url });
  return { db: other.db, close: other.close };
}

export function testEngines(env: NodeJS.ProcessEnv = process.env): TestEngine[] {
  const engines: TestEngine[] = [
    {
      name: 'pglite',
      open: async () => {
        const opened = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
        await migrateToLatest(opened.db);
        return { ...opened, drop: opened.close };
      },
    },
  ];
  const serverUrl = env.WAKAI_TEST_POSTGRES_URL;
  if (serverUrl) {
    engines.push({
      name: 'postgres',
      open: async () => {
        const name = `wakai_test_${randomUUID().replaceAll('-', '')}`;
        const admin = new pg.Client({ connectionString: serverUrl });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        const opened = await openDatabase({ engine: 'postgres', url: url.toString() });
        await migrateToLatest(opened.db);
        return {
          ...opened,
          url: url.toString(),
          drop: async () => {
            await opened.close();
            const cleanup = new pg.Client({ connectionString: serverUrl });
            await cleanup.connect();
            await cleanup.query(`drop database if exists ${name} with (force)`);
            await cleanup.end();
          },
        };
      },
    });
  }
  return engines;
}
