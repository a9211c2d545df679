// The deadlines window against the uncached computation: for any range, kind, case, person
// responsible and page, the window holds exactly the deadlines the full list (each case computed
// from scratch as of today) holds there, in the same order; a change to a case is in the next read;
// the turn of the day reads the lists the scheduled refresh computed ahead.
import { addDays, type CaseContent, type CivilDate, caseContentSchema, type Deadline } from '@wakai/core';
import { addCaseMember, createUser, getCase, type User } from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCaseContent } from '../case-files/case-file-store.js';
import { createServiceContext, type ServiceContext } from '../context.js';
import { recordContact } from '../negotiation/negotiation-records.js';
import { type DeadlineRange, deadlineRanges, deadlineWindowOf, deadlineWindowRequest, rangeBounds } from './deadline-window.js';
import { computeCaseDeadlines, deadlinesOf, refreshDeadlineLists, refreshStaleDeadlines } from './deadlines.js';

/** A small deterministic generator: the same cases on every run and engine. */
function numbers(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    // The high bits: an LCG's low bits repeat with a short period.
    return Math.floor((state / 2_147_483_648) * below);
  };
}

/** Case `i`: creditors with next actions, offers waiting for an answer and agreements being repaid, around `today`. */
function caseAround(today: CivilDate, i: number): CaseContent {
  const next = numbers(i + 1);
  const day = (offset: number) => addDays(today, offset);
  return caseContentSchema.parse({
    title: `案件${String(i).padStart(2, '0')}`,
    debtor: { name: `債務者 ${i}` },
    budget: { monthly: { income: { salaryApplicant: 260_000 }, spending: { rent: 60_000 } } },
    creditors: Array.from({ length: 1 + next(4) }, (_, c) => {
      const repaying = (i + c) % 3 === 0;
      const first = day(-30 * (1 + next(5)));
      return {
        name: `債権者${c + 1}`,
        kind: 'card',
        contracts: [{ claimedBalance: 300_000 + 10_000 * next(20), transactions: [{ date: '2020-01-27', borrow: 400_000 }] }],
        negotiation: {
          status: repaying ? 'repaying' : 'proposal-sent',
          changes: repaying
            ? [
                { status: 'agreed', date: addDays(first, -20) },
                { status: 'agreement-signed', date: addDays(first, -10) },
                { status: 'repaying', date: first },
              ]
            : [{ status: 'proposal-sent', date: day(-next(40)) }],
          contacts: Array.from({ length: next(4) }, (_, k) => ({
            at: `${day(-50 + k)}T10:00`,
            channel: 'phone',
            direction: 'outgoing',
            summary: `連絡${k}`,
            nextAction: `確認${k}`,
            nextActionDue: day(next(120) - 40),
            nextActionDone: next(5) === 0,
          })),
          // Repaid on the accepted offer's schedule: installments late, due next, and the acceleration they risk.
          offers: repaying
            ? [
                {
                  offer: {
                    from: 'debtor',
                    madeOn: addDays(first, -40),
                    amount: 300_000,
                    installments: 60,
                    monthly: 5_000,
                    firstPaymentDate: first,
                    status: 'accepted',
                  },
                  contact: null,
                },
              ]
            : [
                {
                  offer: {
                    from: 'debtor',
                    madeOn: day(-45),
                    amount: 300_000,
                    installments: 60,
                    monthly: 5_000,
                    validUntil: day(next(90) - 20),
                    status: 'considering',
                  },
                  contact: null,
                },
              ],
          ...(repaying
            ? {
                agreement: {
                  signedOn: addDays(first, -10),
                  confirmedBalance: 300_000,
                  installments: 60,
                  monthly: 5_000,
                  firstPaymentDate: first,
                },
                payments: Array.from({ length: next(5) }, (_, m) => ({ paidOn: addDays(first, 30 * m), amount: 5_000 })),
              }
            : {}),
        },
      };
    }),
  });
}

const CASES = 14;
const byListOrder = (a: Deadline, b: Deadline) =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.caseTitle < b.caseTitle
        ? -1
        : a.caseTitle > b.caseTitle
          ? 1
          : a.uid < b.uid
            ? -1
            : a.uid > b.uid
              ? 1
              : 0;

describe.each(testEngines())('the deadlines window on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  let ctx: ServiceContext;
  let owner: User;
  let clerk: User;
  let other: User;
  const caseIds: string[] = [];

  beforeAll(async () => {
    opened = await engine.open();
    ctx = createServiceContext({ db: opened.db });
    owner = await createUser(opened.db, { email: 'owner@office.example', displayName: '弁護士', passwordHash: 'x' });
    clerk = await createUser(opened.db, { email: 'clerk@office.example', displayName: '事務員', passwordHash: 'x', role: 'staff' });
    other = await createUser(opened.db, { email: 'other@office.example', displayName: '他の弁護士', passwordHash: 'x' });
    for (let i = 0; i < CASES; i++) {
      const stored = await insertCaseContent(opened.db, i % 5 === 4 ? other.id : owner.id, caseAround(ctx.today(), i));
      caseIds.push(stored.id);
      if (i % 3 === 0) await addCaseMember(opened.db, stored.id, clerk.id);
    }
  });
  afterAll(async () => {
    await opened.drop();
  });

  /** What the owner sees, each case computed from scratch as of today: the list the window must agree with. */
  async function uncached(): Promise<{ deadline: Deadline; responsible: string[] }[]> {
    const rows = await opened.db.selectFrom('cases').select(['id', 'owner_id']).execute();
    const members = await opened.db.selectFrom('case_members').select(['case_id', 'user_id']).execute();
    const all = [];
    for (const row of rows) {
      const responsible = [row.owner_id, ...members.filter((m) => m.case_id === row.id).map((m) => m.user_id)];
      if (!responsible.includes(owner.id)) continue;
      const stored = await getCase(opened.db, row.id);
      for (const deadline of await computeCaseDeadlines(ctx, stored as NonNullable<typeof stored>, ctx.today()))
        all.push({ deadline, responsible });
    }
    return all.sort((a, b) => byListOrder(a.deadline, b.deadline));
  }

  it('holds exactly what the full list holds in the range, filtered and paged', async () => {
    const full = await uncached();
    expect(new Set(full.map((e) => e.deadline.kind))).toEqual(new Set(['next-action', 'offer-expiry', 'payment', 'step-overdue']));
    // Every range has something in it: the property is not checked on empty lists only.
    for (const range of deadlineRanges) {
      const { from, to } = rangeBounds(range, ctx.today());
      expect(full.filter(({ deadline: d }) => (!from || d.date >= from) && (!to || d.date <= to)).length, range).toBeGreaterThan(0);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          range: fc.constantFrom<DeadlineRange>(...deadlineRanges),
          kind: fc.option(fc.constantFrom('next-action', 'offer-expiry', 'payment', 'acceleration', 'step-overdue'), { nil: undefined }),
          caseIndex: fc.option(fc.nat(CASES - 1), { nil: undefined }),
          responsible: fc.option(fc.constantFrom('owner', 'clerk'), { nil: undefined }),
          page: fc.integer({ min: 1, max: 4 }),
          limit: fc.integer({ min: 1, max: 12 }),
        }),
        async (q) => {
          const caseId = q.caseIndex === undefined ? undefined : caseIds[q.caseIndex];
          const responsible = q.responsible === undefined ? undefined : (q.responsible === 'owner' ? owner : clerk).id;
          const query = {
            range: q.range,
            page: String(q.page),
            limit: String(q.limit),
            summary: '1',
            ...(q.kind ? { kind: q.kind } : {}),
            ...(caseId ? { caseId } : {}),
            ...(responsible ? { responsible } : {}),
          };
          const window = await deadlineWindowOf(ctx, { user: owner, query });
          const { from, to } = rangeBounds(q.range, ctx.today());
          const filtered = full.filter(
            ({ deadline: d, responsible: people }) =>
              (!q.kind || d.kind === q.kind) && (!caseId || d.caseId === caseId) && (!responsible || people.includes(responsible)),
          );
          const inRange = filtered.filter(({ deadline: d }) => (!from || d.date >= from) && (!to || d.date <= to)).map((e) => e.deadline);
          expect(window.total).toBe(inRange.length);
          expect(window.items).toEqual(inRange.slice((q.page - 1) * q.limit, q.page * q.limit));
          for (const range of deadlineRanges) {
            const bounds = rangeBounds(range, ctx.today());
            const count = filtered.filter(
              ({ deadline: d }) => (!bounds.from || d.date >= bounds.from) && (!bounds.to || d.date <= bounds.to),
            );
            expect(window.counts?.[range]).toBe(count.length);
          }
        },
      ),
      { numRuns: 40 },
    );
    // The whole list (the calendar file reads it) is the uncached one too.
    expect(await deadlinesOf(ctx, { user: owner })).toEqual(full.map((e) => e.deadline));
  });

  it('offers to filter by the owners and the assigned clerks of the cases the user sees', async () => {
    const peopleOf = async (user: User) =>
      new Set((await deadlineWindowOf(ctx, { user, query: { summary: '1' } })).people?.map((person) => person.id));
    expect(await peopleOf(owner)).toEqual(new Set([owner.id, clerk.id]));
    // The clerk is assigned to cases of both lawyers; the other lawyer's case 9 has the clerk on it.
    expect(await peopleOf(clerk)).toEqual(new Set([owner.id, clerk.id, other.id]));
    expect(await peopleOf(other)).toEqual(new Set([other.id, clerk.id]));
  });

  it('has a contact recorded in the next read', async () => {
    const before = await deadlineWindowOf(ctx, { user: owner, query: { range: 'week', kind: 'next-action', limit: '200' } });
    const creditor = await opened.db
      .selectFrom('creditors')
      .select('id')
      .where('case_id', '=', caseIds[0] as string)
      .executeTakeFirstOrThrow();
    await recordContact(ctx, {
      user: owner,
      creditorId: creditor.id,
      input: {
        at: `${ctx.today()}T09:00`,
        channel: 'phone',
        direction: 'incoming',
        summary: '返事を待つ',
        nextAction: '折り返しの電話',
        nextActionDue: addDays(ctx.today(), 2),
      },
    });
    const after = await deadlineWindowOf(ctx, { user: owner, query: { range: 'week', kind: 'next-action', limit: '200' } });
    expect(after.total).toBe(before.total + 1);
    expect(after.items.find((d) => d.title === '折り返しの電話')).toMatchObject({ date: addDays(ctx.today(), 2), caseTitle: '案件00' });
  });

  it('reads an unchanged window in one statement, and answers a current copy from the stamp alone', async () => {
    let statements = 0;
    const counted = createServiceContext({
      db: opened.db.withPlugin({
        // Once per statement run (a query's transformQuery is called for each subquery too).
        transformQuery: ({ node }) => node,
        transformResult: async ({ result }) => {
          statements++;
          return result;
        },
      }),
    });
    // As in an office, the scheduled refresh has swept the day (before, whether it has is asked too).
    await refreshDeadlineLists(counted);
    const query = { range: 'later', limit: '20', page: '2' };
    const first = await deadlineWindowRequest(counted, { user: owner, query });
    statements = 0;
    const again = await deadlineWindowRequest(counted, { user: owner, query });
    expect(statements).toBe(1);
    expect(again).toEqual(first);
    statements = 0;
    expect(await deadlineWindowRequest(counted, { user: owner, query, current: (tag) => tag === first.tag })).toEqual({ tag: first.tag });
    expect(statements).toBe(1);
  });

  it('reads, after the day turns, the lists the scheduled refresh computed ahead', async () => {
    await refreshDeadlineLists(ctx);
    const tomorrow = createServiceContext({ db: opened.db, now: () => new Date(Date.now() + 24 * 3_600_000) });
    // Nothing is left to compute for the new day: the first read is a lookup.
    expect(await refreshStaleDeadlines(tomorrow, owner.id, tomorrow.today())).toBe(0);
    const read = await deadlineWindowOf(tomorrow, { user: owner, query: { range: 'overdue', limit: '200' } });
    const expected = [];
    for (const id of caseIds) {
      const stored = await getCase(opened.db, id);
      if (
        stored?.ownerId !== owner.id &&
        !(await opened.db
          .selectFrom('case_members')
          .select('user_id')
          .where('case_id', '=', id)
          .where('user_id', '=', owner.id)
          .executeTakeFirst())
      )
        continue;
      expected.push(...(await computeCaseDeadlines(tomorrow, stored as NonNullable<typeof stored>, tomorrow.today())));
    }
    expect(read.items).toEqual(expected.filter((d) => d.date < tomorrow.today()).sort(byListOrder));
  });
});
