// What is due across a user's cases, or in one case. Each case's list is computed for a day from the
// case as it stands and stored as rows with absolute dates (case-deadline.repository.ts): a stale case
// (changed since, or a day the scheduled refresh has not computed ahead) is computed on read, the
// others are only read. The list in date order, the same grouped (overdue, today, the next 7 days,
// later up to a horizon) as the CLI shows it, and as an iCalendar file.
import { addDays, type CivilDate, type Deadline, groupDeadlines } from '@wakai/core';
import {
  allDeadlines,
  type DeadlineDay,
  forgetCurrentDeadlineChanges,
  getCase,
  listCases,
  markDeadlineDay,
  purgeDeadlineListsBefore,
  purgeDerivedTextsBefore,
  type StoredCase,
  saveDeadlineList,
  staleDeadlineCases,
  type User,
} from '@wakai/db';
import { deadlinesCalendar } from '@wakai/documents';
import { type CaseRole, caseAccess } from '../access.js';
import { AppError } from '../app-error.js';
import { keptOverview } from '../cases/case-overview.js';
import type { ServiceContext } from '../context.js';
import { keepDefaultLedgers } from '../contracts/contract-ledger.js';
import { caseNegotiation } from '../negotiation/case-negotiation.js';
import { ownerNegotiationKeepingBoard } from '../negotiation/negotiation-board.js';
import { deadlineTallyOf } from './deadline-ranges.js';

const byDate = (a: Deadline, b: Deadline) => a.date.localeCompare(b.date);

/** A case's deadlines as of `today`, computed from the case as it stands (nothing stored is read). */
export async function computeCaseDeadlines(
  ctx: ServiceContext,
  stored: StoredCase,
  today: CivilDate,
  as: CaseRole = 'owner',
): Promise<Deadline[]> {
  // The debtor's list leaves out what the office keeps to itself (next actions of office-only contacts);
  // by default, the office's whole list (what is stored per case).
  return (await caseNegotiation(ctx, stored, today, undefined, as)).flatMap((creditor) => creditor.deadlines).sort(byDate);
}

/** Bumped when a Deadline's shape or what goes into it changes: deadlines stored in another format are recomputed. */
const DEADLINES_FORMAT = 5; // 5: a time-barred debt's deadlines marked (timeBarred); 4: with the window's tallies (deadline-ranges.ts); 3: rows with absolute dates, per day computed for; 2: installments on the day they fall due (holidays)
/** Cases computed at once when many are stale (a new day not computed ahead, or after an import). */
const COMPUTING_AT_ONCE = 4;

/** The stored lists that count as current on `day`. */
export const deadlineDay = (day: CivilDate): DeadlineDay => ({ day, format: DEADLINES_FORMAT });

/** Computations under way per context (one database), by case, revision and day: users asking at once share one. */
const underWayIn = new WeakMap<ServiceContext, Map<string, Promise<void>>>();

/** A stale case's deadlines, computed and stored against the revision they were read at. */
function refreshed(ctx: ServiceContext, caseId: string, revision: number, day: CivilDate): Promise<void> {
  const key = `${caseId}:${revision}:${day}`;
  const underWay = underWayIn.get(ctx) ?? new Map<string, Promise<void>>();
  underWayIn.set(ctx, underWay);
  let running = underWay.get(key);
  if (!running) {
    running = (async () => {
      const stored = await getCase(ctx.db, caseId);
      if (!stored) return;
      // The owner's board is stored on the way: the morning board is a lookup too.
      const deadlines = (await ownerNegotiationKeepingBoard(ctx, stored, day)).flatMap((creditor) => creditor.deadlines).sort(byDate);
      // So are the overview and the contracts' ledgers (the positions just computed are shared).
      await keptOverview(ctx, stored, day);
      await keepDefaultLedgers(ctx, caseId, day);
      // Stored against the revision read before computing: a change meanwhile leaves it stale.
      await saveDeadlineList(ctx.db, { caseId, revision, at: deadlineDay(day), deadlines, tally: deadlineTallyOf(deadlines, day) });
    })().finally(() => underWay.delete(key));
    underWay.set(key, running);
  }
  return running;
}

/**
 * Brings the stored lists of the user's cases (without a user: of every case, at most `limit`) up to
 * date for `day`; returns how many cases were computed.
 */
export async function refreshStaleDeadlines(
  ctx: ServiceContext,
  userId: string | undefined,
  day: CivilDate,
  limit?: number,
): Promise<number> {
  const stale = await staleDeadlineCases(ctx.db, userId, deadlineDay(day), limit);
  const count = stale.length;
  await Promise.all(
    Array.from({ length: Math.min(COMPUTING_AT_ONCE, stale.length) }, async () => {
      for (let entry = stale.shift(); entry; entry = stale.shift()) await refreshed(ctx, entry.caseId, entry.revision, day);
    }),
  );
  return count;
}

/** Every deadline of the user's cases (or of one), in date order. */
export async function deadlinesOf(ctx: ServiceContext, { user, caseId }: { user: User; caseId?: string }): Promise<Deadline[]> {
  const today = ctx.today();
  if (caseId !== undefined) {
    const { stored, as } = await caseAccess(ctx.db, user, caseId, 'debtor');
    return computeCaseDeadlines(ctx, stored, today, as);
  }
  // The debtor sees one case, without the office's own next actions: computed for them, never stored.
  if (user.role === 'debtor') {
    const own = await Promise.all((await listCases(ctx.db, user.id)).map((item) => getCase(ctx.db, item.id)));
    const lists = await Promise.all(own.flatMap((stored) => (stored ? [computeCaseDeadlines(ctx, stored, today, 'debtor')] : [])));
    return lists.flat().sort(byDate);
  }
  await refreshStaleDeadlines(ctx, user.id, today);
  return (await allDeadlines(ctx.db, user.id, deadlineDay(today))) as Deadline[];
}

/** The horizon of the grouped list, in days (1–3,650; 60 by default). */
export function horizonDays(text: string | undefined): number {
  const days = Number(text ?? 60);
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new AppError('validation', '日数は1〜3650の整数で指定してください');
  return days;
}

/** Deadlines grouped as every view shows them. */
export function deadlineGroups(deadlines: readonly Deadline[], today: CivilDate, days: number) {
  const groups = groupDeadlines(deadlines, today, days);
  return { today, days, overdue: groups.overdue, dueToday: groups.today, thisWeek: groups.thisWeek, later: groups.later };
}

export async function groupedDeadlinesOf(ctx: ServiceContext, { user, days }: { user: User; days: number }) {
  return deadlineGroups(await deadlinesOf(ctx, { user }), ctx.today(), days);
}

/** The deadlines as an .ics file for the user's own calendar (all-day events, stable UIDs). */
export function deadlinesIcs(ctx: ServiceContext, deadlines: readonly Deadline[]): string {
  return deadlinesCalendar(deadlines, ctx.now());
}

/**
 * The scheduled refresh: today's lists, and tomorrow's computed ahead (so that the first request after
 * the day turns reads what is stored); lists and stored texts of days gone are forgotten. Each day's sweep is noted
 * before it reads what is stale and complete after, so that reads then look at changed cases only.
 * Returns the cases computed.
 */
export async function refreshDeadlineLists(ctx: ServiceContext): Promise<number> {
  const today = ctx.today();
  await purgeDeadlineListsBefore(ctx.db, deadlineDay(today));
  // The overviews and ledgers stored for days gone are never read again (each is kept per day).
  await purgeDerivedTextsBefore(ctx.db, today);
  let computed = 0;
  for (const day of [today, addDays(today, 1)]) {
    await markDeadlineDay(ctx.db, deadlineDay(day), false);
    computed += await refreshStaleDeadlines(ctx, undefined, day);
    await markDeadlineDay(ctx.db, deadlineDay(day), true);
  }
  await forgetCurrentDeadlineChanges(ctx.db);
  return computed;
}
