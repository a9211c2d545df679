// A command's services over the database it names: DATABASE_URL (an office's PostgreSQL server),
// else the embedded PGlite folder (--data, WAKAI_DATA_DIR, or .wakai/data under the current folder).
// Opened, migrated, closed after; the owner is the local one, or on a server the user --owner names.
import { resolve } from 'node:path';
import { type DatabaseConfig, migrateToLatest, openDatabase, type User } from '@wakai/db';
import { createServiceContext, ownerFor, type ServiceContext } from '@wakai/services';
import { CliError } from './cli-error.js';

export function databaseConfig(dataFlag: string | undefined): DatabaseConfig {
  // WAKAI_OWNER_DATABASE_URL: the tables' owner migrates; the app runs as DATABASE_URL's role, which owns nothing.
  if (process.env.DATABASE_URL)
    return { engine: 'postgres', url: process.env.DATABASE_URL, ownerUrl: process.env.WAKAI_OWNER_DATABASE_URL || undefined };
  return { engine: 'pglite', dataDir: resolve(dataFlag ?? process.env.WAKAI_DATA_DIR ?? '.wakai/data') };
}

export interface CommandScope {
  /** --data: the embedded folder. */
  data?: string | undefined;
  /** --owner: on a server, the user the command acts for. */
  owner?: string | undefined;
  /** --today: the day the command computes for (tests and what-ifs). */
  today?: string | undefined;
}

/** Runs `work` with the services, the database closed afterwards whatever happens. */
export async function withContext<T>(
  scope: CommandScope,
  work: (ctx: ServiceContext, engine: DatabaseConfig['engine']) => Promise<T>,
): Promise<T> {
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(databaseConfig(scope.data));
  } catch (error) {
    throw new CliError(`データベースを開けません: ${(error as Error).message}`, `cannot open the database: ${(error as Error).message}`);
  }
  try {
    await migrateToLatest(opened.db);
    // --today fixes the day (noon in Japan, so no zone can move it).
    const fixed = scope.today ? new Date(`${scope.today}T12:00:00+09:00`) : undefined;
    return await work(createServiceContext({ db: opened.db, ...(fixed ? { now: () => fixed } : {}) }), opened.engine);
  } finally {
    await opened.close();
  }
}

/** The same, for a command that acts for an owner: the local one, or on a server the user --owner names. */
export function withServices<T>(scope: CommandScope, work: (ctx: ServiceContext, owner: User) => Promise<T>): Promise<T> {
  return withContext(scope, async (ctx, engine) => {
    if (engine === 'postgres' && !scope.owner)
      throw new CliError('--owner でメールアドレスを指定してください', 'give the owner with --owner EMAIL');
    return work(ctx, await ownerFor(ctx, { embedded: engine === 'pglite', ...(scope.owner ? { email: scope.owner } : {}) }));
  });
}
