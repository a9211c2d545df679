// What every use case works with, made once per process (the server, or one CLI command): the
// database, the clock (read here and nowhere else), the cache of history figures, and the hooks a
// test may set.
import { type CivilDate, civilDateInJapan } from '@wakai/core';
import type { Database } from '@wakai/db';
import type { Kysely } from 'kysely';
import { type FiguresFor, historyFiguresCache } from './history-figures-cache.js';

export interface ServiceHooks {
  /**
   * Runs inside a history's save, before it commits (the crash test kills the server there): on PGlite
   * after each slice of the staged rows, on PostgreSQL once in its transaction.
   */
  whileSavingHistory?: () => Promise<void>;
}

export interface ServiceContext {
  db: Kysely<Database>;
  /** The instant (a case file's export time, a calendar's stamp). */
  now: () => Date;
  /** Today's civil date in Japan: the cases' law runs on Japanese dates whatever the machine's zone. */
  today: () => CivilDate;
  figures: FiguresFor;
  hooks: ServiceHooks;
}

export function createServiceContext({
  db,
  now = () => new Date(),
  hooks = {},
}: {
  db: Kysely<Database>;
  /** The clock; a CLI command may fix it (`--today`). */
  now?: () => Date;
  hooks?: ServiceHooks;
}): ServiceContext {
  return { db, now, today: () => civilDateInJapan(now()), figures: historyFiguresCache(), hooks };
}
