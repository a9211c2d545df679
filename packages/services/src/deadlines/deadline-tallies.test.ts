// The deadlines window's counts are sums of the tallies stored with each case's list: after a contact
// recorded or a payment, the next read counts what each case computed from scratch holds in each range,
// and two server processes (each keeping counts under the user's stamp) count the same.
import { addDays, type CaseContent, type CivilDate, caseContentSchema, type Deadline } from '@wakai/core';
import { createUser, getCase, listCases, openDatabase, type User } from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCaseContent } from '../case-files/case-file-store.js';
import { createServiceContext, type ServiceContext } from '../context.js';
import { recordContact, recordPayment } from '../negotiation/negotiation-records.js';
import { type DeadlineRange, deadlineRanges, deadlineWindowOf, rangeBounds } from './deadline-window.js';
import { computeCaseDeadlines, refreshDeadlineLists } from './deadlines.js';

/** An agreement of 5,000 yen a month whose first three installments
 * (about 70, 40 and 10 days ago) are unpaid; the fourth is due in about 20 days, and so is a next action. */
function repayingCase(today: CivilDate): CaseContent {
  const first = addDays(today, -70);
  return caseContentSchema.parse({
    title: '返済中の案件',
    debtor: { name: '返済 太郎' },
    creditors: [
      {
        name: '債権者A',
        kind: 'card',
        contracts: [{ claimedBalance: 300_000, transactions: [{ date: '2020-01-27', borrow: 400_000 }] }],
        negotiation: {
          status: 'repaying',
          changes: [
            { status: 'agreed', date: addDays(first, -20) },
            { status: 'agreement-signed', date: addDays(first, -10) },
            { status: 'repaying', date: first },
          ],
          contacts: [
            {
              at: `${addDays(today, -75)}T10:00`,
              channel: 'phone',
              direction: 'outgoing',
              summary: '和解の確認',
              nextAction: '入金の確認',
              nextActionDue: addDays(today, 20),
            },
          ],
          offers: [
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
          ],
          agreement: {
            signedOn: addDays(first, -10),
            confirmedBalance: 300_000,
            installments: 60,
            monthly: 5_000,
            firstPaymentDate: first,
          },
        },
      },
    ],
  });
}

const query = { range: 'week', limit: '50', summary: '1' };

describe.each(testEngines())('the deadlines counts on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  let ctx: ServiceContext;
  let owner: User;
  let creditorId: string;

  /** What each of the owner's cases, computed from scratch, holds in each range (of one kind, or all). */
  async function uncachedCounts(kind?: string): Promise<Record<DeadlineRange, number>> {
    const today = ctx.today();
    const deadlines: Deadline[] = [];
    for (const item of await listCases(opened.db, owner.id)) {
      const stored = await getCase(opened.db, item.id);
      if (stored) deadlines.push(...(await computeCaseDeadlines(ctx, stored, today)));
    }
    const counted = (range: DeadlineRange) => {
      const { from, to } = rangeBounds(range, today);
      return deadlines.filter((d) => (!kind || d.kind === kind) && (!from || d.date >= from) && (!to || d.date <= to)).length;
    };
    return Object.fromEntries(deadlineRanges.map((range) => [range, counted(range)])) as Record<DeadlineRange, number>;
  }

  const countsIn = async (context: ServiceContext, kind?: string) =>
    (await deadlineWindowOf(context, { user: owner, query: { ...query, ...(kind ? { kind } : {}) } })).counts;

  beforeAll(async () => {
    opened = await engine.open();
    ctx = createServiceContext({ db: opened.db });
    owner = await createUser(opened.db, { email: 'owner@office.example', displayName: '弁護士', passwordHash: 'x' });
    const { id } = await insertCaseContent(opened.db, owner.id, repayingCase(ctx.today()));
    creditorId = (await opened.db.selectFrom('creditors').select('id').where('case_id', '=', id).executeTakeFirstOrThrow()).id;
    // The day swept: reads compute only the cases changed since.
    await refreshDeadlineLists(ctx);
  });
  afterAll(async () => {
    await opened.drop();
  });

  it('counts, after a contact recorded and after a payment, what the cases computed from scratch hold', async () => {
    const before = await countsIn(ctx);
    // Three installments overdue; the fourth and the next action later.
    expect(before).toEqual({ overdue: 3, week: 0, later: 2 });
    expect(before).toEqual(await uncachedCounts());

    await recordContact(ctx, {
      user: owner,
      creditorId,
      input: {
        at: `${ctx.today()}T09:00`,
        channel: 'phone',
        direction: 'incoming',
        summary: '入金が遅れるとの連絡',
        nextAction: '折り返しの電話',
        nextActionDue: addDays(ctx.today(), 2),
      },
    });
    const contacted = await countsIn(ctx);
    expect(contacted).toEqual({ overdue: 3, week: 1, later: 2 });
    expect(contacted).toEqual(await uncachedCounts());

    expect(await countsIn(ctx, 'payment')).toEqual({ overdue: 3, week: 0, later: 1 });
    // The three installments paid today at once: none overdue any more.
    await recordPayment(ctx, { user: owner, creditorId, input: { paidOn: ctx.today(), amount: 15_000 } });
    const paid = await countsIn(ctx, 'payment');
    expect(paid).toEqual({ overdue: 0, week: 0, later: 1 });
    expect(paid).toEqual(await uncachedCounts('payment'));
    expect(await countsIn(ctx)).toEqual({ overdue: 0, week: 1, later: 2 });
    expect(await countsIn(ctx)).toEqual(await uncachedCounts());
  });

  it('counts the same in two processes after a change made through one of them', async () => {
    // Another process: its own connection on PostgreSQL, its own counts kept under the stamp either way.
    const other = engine.name === 'postgres' ? await openDatabase({ engine: 'postgres', url: opened.url as string }) : undefined;
    try {
      const otherCtx = createServiceContext({ db: other?.db ?? opened.db });
      expect(await countsIn(otherCtx)).toEqual(await countsIn(ctx));
      await recordContact(otherCtx, {
        user: owner,
        creditorId,
        input: {
          at: `${ctx.today()}T11:00`,
          channel: 'phone',
          direction: 'outgoing',
          summary: '支払予定の確認',
          nextAction: '和解書の再送',
          nextActionDue: addDays(ctx.today(), 30),
        },
      });
      const expected = await uncachedCounts();
      expect(await countsIn(ctx)).toEqual(expected);
      expect(await countsIn(otherCtx)).toEqual(expected);
    } finally {
      await other?.close();
    }
  });
});
