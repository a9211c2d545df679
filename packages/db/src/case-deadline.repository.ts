// Each case's deadlines, one row per deadline with its absolute date, kept per day they were computed
// for and against the case's revision: a window of the deadlines across an office's cases (a date
// range, paged, filtered) is one query, and only a changed case (or a day not computed ahead) is
// computed again.
import { type ExpressionBuilder, type Kysely, sql, type Transaction } from 'kysely';
import { caseVisibleTo } from './case.repository.js';
import { type Db, inBatches } from './db.js';
import type { DeadlineTally } from './deadline-and-login-tables.js';
import type { Database } from './schema.js';

/** What a stored deadline needs besides its whole JSON: the columns a window filters and sorts by. */
export interface DeadlineRow {
  date: string;
  kind: string;
  caseTitle: string;
  uid: string;
}

/** A case whose list for a day is missing, of another format, or older than the case. */
export interface StaleDeadlineCase {
  caseId: string;
  revision: number;
}

/** Which lists count as current: computed for `day`, in `format`. */
export interface DeadlineDay {
  day: string;
  format: number;
}

export interface DeadlineFilters {
  /** Inclusive bounds on the deadline's date; open when absent. */
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
  caseId?: string | undefined;
  /** The person responsible: the case's owner or a clerk assigned to it. */
  responsible?: string | undefined;
}

const current = ({ day, format }: DeadlineDay) =>
  sql<boolean>`exists (select 1 from deadline_lists l where l.case_id = cases.id and l.computed_on = ${day}
    and l.revision = cases.revision and l.format = ${format})`;

/**
 * The user's cases (or, without a user, every case) whose list for the day is not current. Once the
 * day's sweep is complete only the cases changed since are looked at (deadline_changes, kept by a
 * trigger); before, every case.
 */
export async function staleDeadlineCases(
  db: Db,
  userId: string | undefined,
  at: DeadlineDay,
  limit = 100_000,
): Promise<StaleDeadlineCase[]> {
  const rows = await staleQuery(db, userId, at, await daySwept(db, at), limit).execute();
  return rows.map((row) => ({ caseId: row.id, revision: row.revision }));
}

function staleQuery(db: Db, userId: string | undefined, at: DeadlineDay, swept: boolean, limit: number) {
  let query = db
    .selectFrom('cases')
    .select(['cases.id', 'cases.revision'])
    .where(sql<boolean>`not ${current(at)}`);
  // As an array looked up by the cases' key: read as a join, the planner scanned every case and list.
  if (swept) query = query.where(sql<boolean>`cases.id = any(array(select case_id from deadline_changes))`);
  if (userId !== undefined) query = query.where(caseVisibleTo(userId));
  return query.orderBy('cases.updated_at', 'desc').limit(limit);
}

/** A window read in one statement: the user's stamp, their cases not current for the day, and the page as JSON text. */
export interface DeadlineWindowRead {
  stamp: string;
  stale: StaleDeadlineCase[];
  /** The page's stored deadlines as a JSON array, in list order, never parsed here. */
  items: string;
}

/**
 * One round trip for a window request, all read in one snapshot (the page is never older than the
 * stamp it is sent under): a request costs one statement instead of three. The page is only good
 * when `stale` is empty; else the caller computes those cases and reads again.
 */
export async function readDeadlineWindow(
  db: Db,
  userId: string,
  at: DeadlineDay,
  filters: DeadlineFilters,
  page: { limit: number; offset: number },
): Promise<DeadlineWindowRead> {
  const stale = staleQuery(db, userId, at, await daySwept(db, at), 100_000);
  const items = windowQuery(db, userId, at, filters)
    .select(['e.deadline', 'e.date', 'e.case_title', 'e.uid'])
    .orderBy(inListOrder)
    .limit(page.limit)
    .offset(page.offset);
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('deadline_marks').select('stamp').where('user_id', '=', userId).as('stamp'),
      sql<[string, number][]>`(select coalesce(json_agg(json_build_array(s.id, s.revision)), '[]') from (${stale}) s)`.as('stale'),
      sql<string>`(select coalesce(json_agg(p.deadline order by p.date, p.case_title collate "C", p.uid collate "C"), '[]')::text from (${items}) p)`.as(
        'items',
      ),
    ])
    .executeTakeFirstOrThrow();
  return {
    stamp: row.stamp ?? '',
    stale: row.stale.map(([caseId, revision]) => ({ caseId, revision })),
    items: row.items,
  };
}

/** The days (and formats) known swept, per database: a sweep once complete stays complete, in every process. */
const sweptIn = new WeakMap<object, Set<string>>();

/** Whether the scheduled refresh has swept the day: asked of the database until it has, then known. */
async function daySwept(db: Db, at: DeadlineDay): Promise<boolean> {
  const key = `${at.day}|${at.format}`;
  const known = sweptIn.get(db) ?? new Set<string>();
  sweptIn.set(db, known);
  if (known.has(key)) return true;
  const row = await db
    .selectFrom('deadline_days')
    .select('complete')
    .where('day', '=', at.day)
    .where('format', '=', at.format)
    .executeTakeFirst();
  if (row?.complete) known.add(key);
  return row?.complete === true;
}

/**
 * The scheduled refresh's sweep of a day: noted before it reads which cases are stale (from then on a
 * changed case stays in deadline_changes until its list for the day is current), complete after.
 */
export async function markDeadlineDay(db: Db, at: DeadlineDay, complete: boolean): Promise<void> {
  await db
    .insertInto('deadline_days')
    .values({ day: at.day, format: at.format, complete })
    .onConflict((oc) => oc.columns(['day', 'format']).doUpdateSet({ complete: sql<boolean>`deadline_days.complete or excluded.complete` }))
    .execute();
}

/** Forgets the changed cases whose lists are current for every day swept or being swept. */
export async function forgetCurrentDeadlineChanges(db: Db): Promise<void> {
  await sql`delete from deadline_changes ch where not exists (select 1 from deadline_days d where not exists (
    select 1 from deadline_lists l where l.case_id = ch.case_id and l.computed_on = d.day and l.format = d.format
      and l.revision = ch.revision))`.execute(db);
}

/** Stores a case's list for a day as computed at `revision`, replacing an older one (never a newer one). */
export async function saveDeadlineList(
  db: Kysely<Database>,
  list: { caseId: string; revision: number; at: DeadlineDay; deadlines: readonly (DeadlineRow & object)[]; tally: DeadlineTally },
): Promise<void> {
  const { caseId, revision, at } = list;
  const tally = JSON.stringify(list.tally);
  try {
    await db.transaction().execute(async (trx: Transaction<Database>) => {
      const taken = await trx
        .insertInto('deadline_lists')
        .values({ case_id: caseId, computed_on: at.day, revision, format: at.format, tally })
        .onConflict((oc) =>
          oc
            .columns(['case_id', 'computed_on'])
            .doUpdateSet({ revision, format: at.format, tally })
            // Two processes computing at once: the later revision stays.
            .where('deadline_lists.revision', '<=', revision),
        )
        .returning('case_id')
        .executeTakeFirst();
      if (!taken) return;
      await trx.deleteFrom('deadline_entries').where('case_id', '=', caseId).where('computed_on', '=', at.day).execute();
      for (const batch of inBatches(list.deadlines))
        await trx
          .insertInto('deadline_entries')
          .values(
            batch.map((d) => ({
              case_id: caseId,
              computed_on: at.day,
              date: d.date,
              kind: d.kind,
              case_title: d.caseTitle,
              uid: d.uid,
              deadline: JSON.stringify(d),
            })),
          )
          .execute();
    });
  } catch (error) {
    // The case was deleted meanwhile: nothing to store against (23503: foreign key violation).
    if ((error as { code?: string }).code !== '23503') throw error;
  }
}

export function windowQuery(db: Db, userId: string, at: DeadlineDay, filters: DeadlineFilters) {
  let query = db
    .selectFrom('deadline_entries as e')
    .innerJoin('deadline_lists as l', (join) => join.onRef('l.case_id', '=', 'e.case_id').onRef('l.computed_on', '=', 'e.computed_on'))
    .innerJoin('cases', (join) => join.onRef('cases.id', '=', 'e.case_id').onRef('cases.revision', '=', 'l.revision'))
    .where('e.computed_on', '=', at.day)
    .where('l.format', '=', at.format)
    .where(caseVisibleTo(userId));
  if (filters.from !== undefined) query = query.where('e.date', '>=', filters.from);
  if (filters.to !== undefined) query = query.where('e.date', '<=', filters.to);
  if (filters.kind !== undefined) query = query.where('e.kind', '=', filters.kind);
  if (filters.caseId !== undefined) query = query.where('e.case_id', '=', filters.caseId);
  const responsible = filters.responsible;
  if (responsible !== undefined)
    query = query.where((eb) => caseVisibleTo(responsible)(eb as unknown as ExpressionBuilder<Database, 'cases'>));
  return query;
}

/** Date, then case title, then id, by code point ("C"): the same on every server's collation, and in JavaScript. */
export const inListOrder = sql`e.date, e.case_title collate "C", e.uid collate "C"`;

/** Every current deadline of the user's cases for the day, in date order (the calendar file, the CLI). */
export async function allDeadlines(db: Db, userId: string, at: DeadlineDay): Promise<object[]> {
  const rows = await windowQuery(db, userId, at, {}).select('e.deadline').orderBy(inListOrder).execute();
  return rows.map((row) => row.deadline);
}

/**
 * What the user's deadlines are computed from, as a stamp renewed at the commit of every change to
 * the cases they see, to which they see (assigned, unassigned, added, removed) or to their revisions
 * (a trigger): equal stamps on the same day, equal lists — an ETag. Empty before any change.
 */
export async function deadlineFingerprint(db: Db, userId: string): Promise<string> {
  const row = await db.selectFrom('deadline_marks').select('stamp').where('user_id', '=', userId).executeTakeFirst();
  return row?.stamp ?? '';
}

/** Forgets the lists computed for days before `at.day` (the scheduled refresh keeps today and tomorrow). */
export async function purgeDeadlineListsBefore(db: Db, at: DeadlineDay): Promise<void> {
  await db.deleteFrom('deadline_lists').where('computed_on', '<', at.day).execute();
  // Sweeps of days gone, or of another format, would keep every changed case noted for ever.
  await db
    .deleteFrom('deadline_days')
    .where((eb) => eb.or([eb('day', '<', at.day), eb('format', '<>', at.format)]))
    .execute();
}
