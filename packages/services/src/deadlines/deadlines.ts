// What is due across a user's cases, or in one case: the list in date order, the same grouped
// (overdue, today, the next 7 days, later up to a horizon) as the API and the CLI show it, and as
// an iCalendar file.
import { type CivilDate, type Deadline, groupDeadlines } from '@wakai/core';
import { getCase, listCases, type StoredCase, type User } from '@wakai/db';
import { deadlinesCalendar } from '@wakai/documents';
import { caseOf } from '../access.js';
import { AppError } from '../app-error.js';
import type { ServiceContext } from '../context.js';
import { caseNegotiation } from '../negotiation/case-negotiation.js';

const byDate = (a: Deadline, b: Deadline) => a.date.localeCompare(b.date);

async function deadlinesOfCase(ctx: ServiceContext, stored: StoredCase, today: CivilDate, user: User): Promise<Deadline[]> {
  // The debtor's list leaves out what the office keeps to itself (next actions of office-only contacts).
  return (await caseNegotiation(ctx, stored, today, undefined, user.role === 'debtor'))
    .flatMap((creditor) => creditor.deadlines)
    .sort(byDate);
}

/** Every deadline of the user's cases (or of one), in date order. */
export async function deadlinesOf(ctx: ServiceContext, { user, caseId }: { user: User; caseId?: string }): Promise<Deadline[]> {
  const today = ctx.today();
  if (caseId !== undefined) return deadlinesOfCase(ctx, await caseOf(ctx.db, user, caseId, 'debtor'), today, user);
  const deadlines: Deadline[] = [];
  for (const item of await listCases(ctx.db, user.id)) {
    const stored = await getCase(ctx.db, item.id);
    if (stored) deadlines.push(...(await deadlinesOfCase(ctx, stored, today, user)));
  }
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
