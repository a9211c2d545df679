// The deadlines window's ETag and staleness, answered from marks kept by the database: a change made
// through another connection (another server process) gives another ETag — never a stale 304, and
// never a new ETag before the change itself is visible — and, once the day is swept, a read
// computes only the cases changed since.
import { addDays, type CaseContent, caseContentSchema } from '@wakai/core';
import { addCaseMember, createUser, openDatabase, removeCaseMember, touchCase, type User } from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCaseContent } from '../case-files/case-file-store.js';
import { createServiceContext, type ServiceContext } from '../context.js';
import { recordContact } from '../negotiation/negotiation-records.js';
import { deadlineWindowOf, deadlineWindowTag } from './deadline-window.js';
import { refreshDeadlineLists, refreshStaleDeadlines } from './deadlines.js';

/** A case with one creditor and one next action due in two days. */
function caseWithNextAction(title: string, today: string): CaseContent {
  return caseContentSchema.parse({
    title,
    debtor: { name: `${title}の債務者` },
    creditors: [
      {
        name: '債権者A',
        kind: 'card',
        contracts: [{ claimedBalance: 300_000, transactions: [{ date: '2020-01-27', borrow: 400_000 }] }],
        negotiation: {
          status: 'proposal-sent',
          changes: [{ status: 'proposal-sent', date: addDays(today, -5) }],
          contacts: [
            {
              at: `${addDays(today, -5)}T10:00`,
              channel: 'phone',
              direction: 'outgoing',
              summary: '提案を送付',
              nextAction: '回答の確認',
              nextActionDue: addDays(today, 2),
            },
          ],
        },
      },
    ],
  });
}

const query = { range: 'week', limit: '50' };

describe.each(testEngines())('the deadlines marks on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  let ctx: ServiceContext;
  let owner: User;
  let clerk: User;
  const caseIds: string[] = [];

  beforeAll(async () => {
    opened = await engine.open();
    ctx = createServiceContext({ db: opened.db });
    owner = await createUser(opened.db, { email: 'owner@office.example', displayName: '弁護士', passwordHash: 'x' });
    clerk = await createUser(opened.db, { email: 'clerk@office.example', displayName: '事務員', passwordHash: 'x', role: 'staff' });
    for (const title of ['案件A', '案件B', '案件C'])
      caseIds.push((await insertCaseContent(opened.db, owner.id, caseWithNextAction(title, ctx.today()))).id);
  });
  afterAll(async () => {
    await opened.drop();
  });

  const tagOf = (user: User) => deadlineWindowTag(ctx, { user, query });

  it('gives another ETag after a case the user sees changes or someone is assigned to it or not, and the same otherwise', async () => {
    const before = await tagOf(owner);
    expect(await tagOf(owner)).toBe(before);
    await touchCase(opened.db, caseIds[1] as string);
    const touched = await tagOf(owner);
    expect(touched).not.toBe(before);

    const clerkBefore = await tagOf(clerk);
    const filtered = { ...query, responsible: clerk.id };
    const ownerFiltered = await deadlineWindowTag(ctx, { user: owner, query: filtered });
    await addCaseMember(opened.db, caseIds[0] as string, clerk.id);
    const assigned = await tagOf(clerk);
    expect(assigned).not.toBe(clerkBefore);
    // The owner's window filtered by the clerk now holds the case: another ETag for it too.
    expect(await deadlineWindowTag(ctx, { user: owner, query: filtered })).not.toBe(ownerFiltered);
    expect((await deadlineWindowOf(ctx, { user: owner, query: filtered })).items.map((d) => d.caseTitle)).toEqual(['案件A']);
    expect((await deadlineWindowOf(ctx, { user: clerk, query })).items.map((d) => d.caseTitle)).toEqual(['案件A']);
    // A change to the case reaches the clerk it is assigned to; one to a case they do not see does not.
    await touchCase(opened.db, caseIds[0] as string);
    const changed = await tagOf(clerk);
    expect(changed).not.toBe(assigned);
    await touchCase(opened.db, caseIds[2] as string);
    expect(await tagOf(clerk)).toBe(changed);
    await removeCaseMember(opened.db, caseIds[0] as string, clerk.id);
    expect(await tagOf(clerk)).not.toBe(changed);
    expect((await deadlineWindowOf(ctx, { user: clerk, query })).total).toBe(0);
  });

  it('once the day is swept, computes on read only the cases changed since, a contact recorded included', async () => {
    await refreshDeadlineLists(ctx);
    expect(await refreshStaleDeadlines(ctx, owner.id, ctx.today())).toBe(0);
    const before = await deadlineWindowOf(ctx, { user: owner, query });
    const creditor = await opened.db
      .selectFrom('creditors')
      .select('id')
      .where('case_id', '=', caseIds[2] as string)
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
        nextActionDue: addDays(ctx.today(), 1),
      },
    });
    // The changed case alone is stale; the read computes it.
    expect(await refreshStaleDeadlines(ctx, owner.id, ctx.today())).toBe(1);
    await touchCase(opened.db, caseIds[2] as string);
    const after = await deadlineWindowOf(ctx, { user: owner, query });
    expect(after.total).toBe(before.total + 1);
    expect(after.items.find((d) => d.title === '折り返しの電話')).toMatchObject({ date: addDays(ctx.today(), 1), caseTitle: '案件C' });
    expect(await refreshStaleDeadlines(ctx, owner.id, ctx.today())).toBe(0);
    // The next sweep computes tomorrow's list of the changed case and forgets it as changed.
    expect(await refreshDeadlineLists(ctx)).toBe(1);
    expect(await opened.db.selectFrom('deadline_changes').select('case_id').execute()).toEqual([]);
  });

  it.runIf(engine.name === 'postgres')(
    'gives another ETag for a change committed by another process, and not before it is committed',
    async () => {
      const other = await openDatabase({ engine: 'postgres', url: opened.url as string });
      try {
        const otherCtx = createServiceContext({ db: other.db });
        const before = await tagOf(owner);
        let commit = () => {};
        const committed = new Promise<void>((resolve) => {
          commit = resolve;
        });
        let changed = () => {};
        const inTransaction = new Promise<void>((resolve) => {
          changed = resolve;
        });
        const writing = otherCtx.db.transaction().execute(async (trx) => {
          await touchCase(trx, caseIds[0] as string);
          changed();
          await committed;
        });
        await inTransaction;
        // The change is not visible yet: neither is another ETag (a 304 now is still right).
        expect(await tagOf(owner)).toBe(before);
        commit();
        await writing;
        const after = await tagOf(owner);
        expect(after).not.toBe(before);
        // And the process that answers reads the change: the changed case is computed again.
        expect(await refreshStaleDeadlines(ctx, owner.id, ctx.today())).toBe(1);
      } finally {
        await other.close();
      }
    },
  );
});
