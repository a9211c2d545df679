// How many of a user's current deadlines fall in each range of the window: a sum of the tallies stored
// with each case's list (one row a case, counted when the list was computed), not a count of every
// deadline, so that the counts read after a change cost a row per case, not a row per deadline.
import { type ExpressionBuilder, sql } from 'kysely';
import { caseVisibleTo } from './case.repository.js';
import type { DeadlineDay } from './case-deadline.repository.js';
import type { Db } from './db.js';
import type { DeadlineTally } from './deadline-and-login-tables.js';
import type { Database } from './schema.js';

export type { DeadlineTally };

/** The tally's key for every kind. */
export const ALL_KINDS = '*';

/**
 * The sums of the tallies of the user's current lists for the day, `width` numbers (one a range), of
 * one kind or of all; to one case, or to the cases someone else is responsible for too.
 */
export async function deadlineTally(
  db: Db,
  userId: string,
  at: DeadlineDay,
  filters: { kind?: string | undefined; caseId?: string | undefined; responsible?: string | undefined },
  width: number,
): Promise<number[]> {
  const key = filters.kind ?? ALL_KINDS;
  let query = db
    .selectFrom('deadline_lists as l')
    .innerJoin('cases', (join) => join.onRef('cases.id', '=', 'l.case_id').onRef('cases.revision', '=', 'l.revision'))
    .where('l.computed_on', '=', at.day)
    .where('l.format', '=', at.format)
    .where(caseVisibleTo(userId));
  if (filters.caseId !== undefined) query = query.where('l.case_id', '=', filters.caseId);
  const responsible = filters.responsible;
  if (responsible !== undefined)
    query = query.where((eb) => caseVisibleTo(responsible)(eb as unknown as ExpressionBuilder<Database, 'cases'>));
  const row = await query
    .select(Array.from({ length: width }, (_, i) => sql<string>`coalesce(sum((l.tally -> ${key} ->> ${sql.lit(i)})::int), 0)`.as(`r${i}`)))
    .executeTakeFirstOrThrow();
  const sums = row as Record<string, string | number>;
  return Array.from({ length: width }, (_, i) => Number(sums[`r${i}`]));
}
