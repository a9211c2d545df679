// The deadlines page reads a window, not the whole list: what is overdue, due this week, or later in
// the next 60 days, one page at a time, filtered by person responsible, case and kind — all in SQL over the
// stored rows. Its ETag is the fingerprint of the cases it is computed from: an unchanged list is
// answered 304 without reading it.
import { createHash } from 'node:crypto';
import type { CivilDate, Deadline, DeadlineKind } from '@wakai/core';
import { deadlineKindLabels } from '@wakai/core';
import { deadlineFingerprint, deadlineTally, deadlineWindowPage, peopleOnCasesOf, type User } from '@wakai/db';
import { z } from 'zod';
import { checked } from '../app-error.js';
import { pageQuerySchema } from '../cases/case-records.js';
import type { ServiceContext } from '../context.js';
import { type DeadlineRange, deadlineRanges, rangeBounds } from './deadline-ranges.js';
import { deadlineDay, deadlinesOf, refreshStaleDeadlines } from './deadlines.js';

export { type DeadlineRange, deadlineRanges, rangeBounds };

const kinds = Object.keys(deadlineKindLabels) as [DeadlineKind, ...DeadlineKind[]];
const windowQuerySchema = pageQuerySchema.extend({
  range: z.enum(deadlineRanges, { error: '期間(range)は overdue・week・later のいずれかで指定してください' }).default('overdue'),
  kind: z.enum(kinds, { error: '種類(kind)が正しくありません' }).optional(),
  caseId: z.uuid({ error: '案件(caseId)の指定が正しくありません' }).optional(),
  responsible: z.uuid({ error: '担当者(responsible)の指定が正しくありません' }).optional(),
  /** 1: with the counts of every range and the people to filter by (what the page's filters read once). */
  summary: z.enum(['1'], { error: '集計(summary)は 1 で指定してください' }).optional(),
});

export type DeadlineWindowQuery = Partial<Record<'range' | 'kind' | 'caseId' | 'responsible' | 'page' | 'limit' | 'summary', string>>;

/** The ETag of a window: the same query on the same day over the same case revisions reads the same. */
export async function deadlineWindowTag(ctx: ServiceContext, { user, query }: { user: User; query: DeadlineWindowQuery }): Promise<string> {
  return tagOf(ctx, user, query, await deadlineFingerprint(ctx.db, user.id));
}

function tagOf(ctx: ServiceContext, user: User, query: DeadlineWindowQuery, stamp: string): string {
  const asked = JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)));
  const hash = createHash('sha256').update(`${user.id}|${ctx.today()}|${deadlineDay(ctx.today()).format}|${asked}|${stamp}`);
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}

/**
 * A window request: its ETag, and the window itself if the client's copy is not current — both from
 * one read of the user's stamp (the window is never older than the tag it is sent under).
 */
export async function deadlineWindowRequest(ctx: ServiceContext, { user, query }: { user: User; query: DeadlineWindowQuery }) {
  const stamp = await deadlineFingerprint(ctx.db, user.id);
  return { tag: tagOf(ctx, user, query, stamp), window: () => windowUnder(ctx, { user, query }, stamp) };
}

/**
 * One page of a range of the user's deadlines, and how many there are; with `summary=1`, the counts
 * of every range (same filters) and who can be filtered by too. The counts are sums of the tallies
 * stored with the cases' lists (a row a case): kept under the user's stamp, summed again only after a
 * change they could see.
 */
export async function deadlineWindowOf(ctx: ServiceContext, args: { user: User; query: DeadlineWindowQuery }) {
  // Read before anything else: what is counted below is never older than the stamp it is kept under.
  return windowUnder(ctx, args, await deadlineFingerprint(ctx.db, args.user.id));
}

async function windowUnder(ctx: ServiceContext, { user, query }: { user: User; query: DeadlineWindowQuery }, stamp: string) {
  const { range, kind, caseId, responsible, page, limit, summary } = checked(windowQuerySchema, query);
  const today = ctx.today();
  const filters = { kind, caseId, responsible };
  const ranges = Object.fromEntries(deadlineRanges.map((name) => [name, rangeBounds(name, today)])) as Record<
    DeadlineRange,
    ReturnType<typeof rangeBounds>
  >;
  if (user.role === 'debtor') return debtorWindow(ctx, user, { range, filters, ranges, page, limit });
  await refreshStaleDeadlines(ctx, user.id, today);
  const at = deadlineDay(today);
  const counted = `${user.id}|${stamp}|${at.day}|${at.format}|${kind ?? ''}|${caseId ?? ''}|${responsible ?? ''}`;
  const [items, counts, people] = await Promise.all([
    deadlineWindowPage(ctx.db, user.id, at, { ...filters, ...ranges[range] }, { limit, offset: (page - 1) * limit }),
    countsOnce(ctx, counted, async () => {
      const sums = await deadlineTally(ctx.db, user.id, at, filters, deadlineRanges.length);
      return Object.fromEntries(deadlineRanges.map((name, i) => [name, sums[i] ?? 0])) as Record<DeadlineRange, number>;
    }),
    summary ? peopleOnCasesOf(ctx.db, user.id) : null,
  ]);
  const total = counts[range];
  return { today, range, ...ranges[range], page, limit, total, items: items as Deadline[], counts: summary ? counts : null, people };
}

/** Counts kept per context by user, stamp, day and filters: any change the user could see renews the stamp. */
const countsIn = new WeakMap<ServiceContext, Map<string, Promise<Record<DeadlineRange, number>>>>();
/** Enough for every filter an office's users are on at once; the oldest goes first. */
const COUNTS_KEPT = 500;

function countsOnce(ctx: ServiceContext, key: string, count: () => Promise<Record<DeadlineRange, number>>) {
  const kept = countsIn.get(ctx) ?? new Map<string, Promise<Record<DeadlineRange, number>>>();
  countsIn.set(ctx, kept);
  let counting = kept.get(key);
  if (!counting) {
    counting = count();
    kept.set(key, counting);
    counting.catch(() => kept.delete(key));
    for (const old of kept.keys()) {
      if (kept.size <= COUNTS_KEPT) break;
      kept.delete(old);
    }
  }
  return counting;
}

/** The debtor's one case, computed for them (never stored: it leaves out the office's own next actions). */
async function debtorWindow(
  ctx: ServiceContext,
  user: User,
  args: {
    range: DeadlineRange;
    filters: { kind?: DeadlineKind | undefined; caseId?: string | undefined };
    ranges: Record<DeadlineRange, { from?: CivilDate; to?: CivilDate }>;
    page: number;
    limit: number;
  },
) {
  const { range, filters, ranges, page, limit } = args;
  const all = (await deadlinesOf(ctx, { user })).filter(
    (d) => (filters.kind === undefined || d.kind === filters.kind) && (filters.caseId === undefined || d.caseId === filters.caseId),
  );
  const within = ({ from, to }: { from?: CivilDate; to?: CivilDate }) =>
    all.filter((d) => (from === undefined || d.date >= from) && (to === undefined || d.date <= to));
  const listed = within(ranges[range]);
  const counts = Object.fromEntries(deadlineRanges.map((name) => [name, within(ranges[name]).length])) as Record<DeadlineRange, number>;
  return {
    today: ctx.today(),
    range,
    ...ranges[range],
    page,
    limit,
    total: listed.length,
    items: listed.slice((page - 1) * limit, page * limit),
    counts: counts as Record<DeadlineRange, number> | null,
    people: [] as { id: string; displayName: string }[] | null,
  };
}
