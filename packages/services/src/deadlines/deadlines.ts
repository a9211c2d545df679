// What is due across a user's cases, or in one case: the list in date order, the same grouped
// (overdue, today, the next 7 days, later up to a horizon) as the API and the CLI show it, and as
// an iCalendar file.
import { type CivilDate, type Deadline, groupDeadlines } from '@wakai/core';
import { getCase, listCaseDeadlines, listCases, type StoredCase, saveCaseDeadlines, type User } from '@wakai/db';
import { deadlinesCalendar } from '@wakai/documents';
import { type CaseRole, caseAccess } from '../access.js';
import { AppError } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { caseNegotiation } from '../negotiation/case-negotiation.js';

const byDate = (a: Deadline, b: Deadline) => a.date.localeCompare(b.date);

async function deadlinesOfCase(ctx: ServiceContext, stored: StoredCase, today: CivilDate, as: CaseRole = 'owner'): Promise<Deadline[]> {
  // The debtor's list leaves out what the office keeps to itself (next actions of office-only contacts);
  // by default, the office's whole list (what is stored per case).
  return (await caseNegotiation(ctx, stored, today, undefined, as)).flatMap((creditor) => creditor.deadlines).sort(byDate);
}

/** Bumped when a Deadline's shape or what goes into it changes: deadlines stored in another format are recomputed. */
const DEADLINES_FORMAT = 2; // 2: installments on the day they fall due (holidays)
/** Cases computed at once when many are stale (a new day, or after an import). */
const COMPUTING_AT_ONCE = 4;

/** Computations under way per context (one database), by case, revision and day: users asking at once share one. */
const underWayIn = new WeakMap<ServiceContext, Map<string, Promise<Deadline[]>>>();

/** A stale case's deadlines, computed and stored against the revision they were read at. */
function refreshed(ctx: ServiceContext, caseId: string, revision: number, today: CivilDate): Promise<Deadline[]> {
  const key = `${caseId}:${revision}:${today}`;
  const underWay = underWayIn.get(ctx) ?? new Map<string, Promise<Deadline[]>>();
  underWayIn.set(ctx, underWay);
  let running = underWay.get(key);
  if (!running) {
    running = (async () => {
      const stored = await getCase(ctx.db, caseId);
      if (!stored) return [];
      const deadlines = await deadlinesOfCase(ctx, stored, today);
      // Stored against the revision read before computing: a change meanwhile leaves it stale.
      await saveCaseDeadlines(ctx.db, { caseId, revision, today, format: DEADLINES_FORMAT, deadlines });
      return deadlines;
    })().finally(() => underWay.delete(key));
    underWay.set(key, running);
  }
  return running;
}

/**
 * Every deadline of the user's cases (or of one), in date order. Across cases the stored deadlines
 * are read in one query; only cases changed since (or computed on another day) are computed again.
 */
export async function deadlinesOf(ctx: ServiceContext, { user, caseId }: { user: User; caseId?: string }): Promise<Deadline[]> {
  const today = ctx.today();
  if (caseId !== undefined) {
    const { stored, as } = await caseAccess(ctx.db, user, caseId, 'debtor');
    return deadlinesOfCase(ctx, stored, today, as);
  }
  // The debtor sees one case, without the office's own next actions: computed for them, never stored.
  if (user.role === 'debtor') {
    const own = await Promise.all((await listCases(ctx.db, user.id)).map((item) => getCase(ctx.db, item.id)));
    const lists = await Promise.all(own.flatMap((stored) => (stored ? [deadlinesOfCase(ctx, stored, today, 'debtor')] : [])));
    return lists.flat().sort(byDate);
  }
  const cases = await listCaseDeadlines(ctx.db, user.id, today, DEADLINES_FORMAT);
  // Kept per case in the list's order (latest change first), as the list reads on one date.
  const perCase = cases.map((entry) => (entry.deadlines ?? []) as Deadline[]);
  const stale = cases.flatMap((entry, index) => (entry.deadlines === undefined ? [{ ...entry, index }] : []));
  await Promise.all(
    Array.from({ length: Math.min(COMPUTING_AT_ONCE, stale.length) }, async () => {
      for (let entry = stale.shift(); entry; entry = stale.shift())
        perCase[entry.index] = await refreshed(ctx, entry.caseId, entry.revision, today);
    }),
  );
  const deadlines = perCase.flat();
  return deadlines.sort(byDate);
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
