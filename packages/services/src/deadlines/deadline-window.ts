// The deadlines page reads a window, not the whole list: what is overdue, due this week, or later in
// the next 60 days, one page at a time, filtered by person responsible, case and kind — all in SQL over the
// stored rows. Its ETag is the fingerprint of the cases it is computed from: an unchanged list is
// answered 304 without reading it.
import { createHash } from 'node:crypto';
import type { CivilDate, Deadline, DeadlineKind } from '@wakai/core';
import { deadlineKindLabels } from '@wakai/core';
import { deadlineFingerprint, deadlineTally, peopleOnCasesOf, readDeadlineWindow, type User } from '@wakai/db';
import { z } from 'zod';
import { checked } from '../app-error.js';
import { pageQuerySchema } from '../cases/case-records.js';
import type { ServiceContext } from '../context.js';
import type { JsonText } from '../negotiation/negotiation-board.js';
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

/** A window as sent: a page of a range, its total; with `summary=1` the counts of every range and the people to filter by. */
export interface DeadlineWindow {
  today: CivilDate;
  range: DeadlineRange;
  from?: CivilDate;
  to?: CivilDate;
  page: number;
  limit: number;
  total: number;
  items: Deadline[];
  counts: Record<DeadlineRange, number> | null;
  people: { id: string; displayName: string }[] | null;
}

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
 * A window request: its ETag, and the window as JSON text unless `current(tag)` says the client's
 * copy is current. With a copy to check, the stamp is read alone first (an unchanged list costs one
 * row); otherwise the stamp, the stale check and the page are one statement, and the tag is made from
 * the stamp read with the page (the window is never older than the tag it is sent under).
 */
export async function deadlineWindowRequest(
  ctx: ServiceContext,
  { user, query, current }: { user: User; query: DeadlineWindowQuery; current?: (tag: string) => boolean },
): Promise<{ tag: string; text?: JsonText<DeadlineWindow> }> {
  const asked = checked(windowQuerySchema, query);
  let stamp: string | undefined;
  if (current) {
    stamp = await deadlineFingerprint(ctx.db, user.id);
    const tag = tagOf(ctx, user, query, stamp);
    if (current(tag)) return { tag };
  }
  if (user.role === 'debtor') {
    // The stamp before the window: what is sent is never older than its tag.
    stamp ??= await deadlineFingerprint(ctx.db, user.id);
    return { tag: tagOf(ctx, user, query, stamp), text: JSON.stringify(await debtorWindow(ctx, user, asked)) };
  }
  const office = await officeWindow(ctx, user, asked);
  return { tag: tagOf(ctx, user, query, office.stamp), text: office.text };
}

/** The window as an object (the CLI, tests): what the route sends, read back. */
export async function deadlineWindowOf(ctx: ServiceContext, args: { user: User; query: DeadlineWindowQuery }): Promise<DeadlineWindow> {
  const { text } = await deadlineWindowRequest(ctx, args);
  return JSON.parse(text ?? 'null') as DeadlineWindow;
}

type WindowAsked = z.infer<typeof windowQuerySchema>;

/**
 * One page of a range of the user's deadlines, and how many there are; with `summary=1`, the counts
 * of every range (same filters) and who can be filtered by too. The counts are sums of the tallies
 * stored with the cases' lists (a row a case): kept under the user's stamp, summed again only after a
 * change they could see.
 */
async function officeWindow(ctx: ServiceContext, user: User, asked: WindowAsked) {
  const { range, kind, caseId, responsible, page, limit, summary } = asked;
  const today = ctx.today();
  const at = deadlineDay(today);
  const filters = { kind, caseId, responsible };
  const bounds = rangeBounds(range, today);
  const readPage = () => readDeadlineWindow(ctx.db, user.id, at, { ...filters, ...bounds }, { limit, offset: (page - 1) * limit });
  // Awaited together: a failed read must not leave the people's query rejected with no one to hear it.
  const [first, people] = await Promise.all([readPage(), summary ? peopleOnCasesOf(ctx.db, user.id) : null]);
  let read = first;
  if (read.stale.length > 0) {
    // Cases changed since their lists were computed: computed now, then the page read again.
    await refreshStaleDeadlines(ctx, user.id, today);
    read = await readPage();
  }
  const counted = `${user.id}|${read.stamp}|${at.day}|${at.format}|${kind ?? ''}|${caseId ?? ''}|${responsible ?? ''}`;
  const counts = await countsOnce(ctx, counted, async () => {
    const sums = await deadlineTally(ctx.db, user.id, at, filters, deadlineRanges.length);
    return Object.fromEntries(deadlineRanges.map((name, i) => [name, sums[i] ?? 0])) as Record<DeadlineRange, number>;
  });
  const head: Omit<DeadlineWindow, 'items'> = {
    today,
    range,
    ...bounds,
    page,
    limit,
    total: counts[range],
    counts: summary ? counts : null,
    people,
  };
  // The stored deadlines go out as the database wrote them: never parsed and written again here.
  const text = `${JSON.stringify(head).slice(0, -1)},"items":${read.items}}` as JsonText<DeadlineWindow>;
  return { stamp: read.stamp, text };
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
async function debtorWindow(ctx: ServiceContext, user: User, asked: WindowAsked): Promise<DeadlineWindow> {
  const { range, kind, caseId, page, limit } = asked;
  const today = ctx.today();
  const all = (await deadlinesOf(ctx, { user })).filter(
    (d) => (kind === undefined || d.kind === kind) && (caseId === undefined || d.caseId === caseId),
  );
  const within = ({ from, to }: { from?: CivilDate; to?: CivilDate }) =>
    all.filter((d) => (from === undefined || d.date >= from) && (to === undefined || d.date <= to));
  const listed = within(rangeBounds(range, today));
  const counts = Object.fromEntries(deadlineRanges.map((name) => [name, within(rangeBounds(name, today)).length])) as Record<
    DeadlineRange,
    number
  >;
  return {
    today,
    range,
    ...rangeBounds(range, today),
    page,
    limit,
    total: listed.length,
    items: listed.slice((page - 1) * limit, page * limit),
    counts,
    people: [],
  };
}
