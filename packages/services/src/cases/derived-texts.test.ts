// The case overview and a contract's default ledger stored in the database (issue 19): two server
// processes (two database handles, each with its own service context, on one PostgreSQL database; on
// PGlite two contexts on its one handle) never serve one computed before a write, whichever of them
// wrote; what is looked up is what a computation from scratch gives; access is checked before any
// lookup; the scheduled refresh stores the morning's overview and ledgers.
import { addDays, caseContentSchema } from '@wakai/core';
import { addCaseMember, createUser, getCase, type User } from '@wakai/db';
import { openSecondProcess, testEngines } from '@wakai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCaseContent } from '../case-files/case-file-store.js';
import { createServiceContext, type ServiceContext } from '../context.js';
import { saveHistory } from '../contracts/contract-history.js';
import { contractLedger } from '../contracts/contract-ledger.js';
import { refreshDeadlineLists } from '../deadlines/deadlines.js';
import { getCaseOverview, overviewOf } from './case-overview.js';
import { editCase } from './case-records.js';

describe.each(testEngines())('the stored overview and ledger on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  /** The second process's handle, closed at the end. */
  let close = async () => {};
  let first: ServiceContext;
  let second: ServiceContext;
  let owner: User;
  let debtor: User;
  let stranger: User;
  let caseId: string;
  let contractId: string;

  beforeAll(async () => {
    opened = await engine.open();
    first = createServiceContext({ db: opened.db });
    const other = await openSecondProcess(opened);
    close = other.close;
    second = createServiceContext({ db: other.db });
    owner = await createUser(opened.db, { email: 'owner@office.example', displayName: '弁護士', passwordHash: 'x' });
    debtor = await createUser(opened.db, { email: 'debtor@example.jp', displayName: '本人', passwordHash: 'x', role: 'debtor' });
    stranger = await createUser(opened.db, { email: 'other@office.example', displayName: '他事務所', passwordHash: 'x' });
    const stored = await insertCaseContent(
      opened.db,
      owner.id,
      caseContentSchema.parse({
        title: '保存概要の案件',
        debtor: { name: '保存 花子' },
        budget: { monthly: { income: { salaryApplicant: 200_000 }, spending: { rent: 60_000, food: 40_000 } } },
        creditors: [{ name: 'A社', kind: 'consumer-finance', contracts: [{ claimedBalance: 500_000, monthlyPayment: 20_000 }] }],
      }),
    );
    caseId = stored.id;
    await addCaseMember(opened.db, caseId, debtor.id);
    contractId = (await opened.db.selectFrom('contracts').select('id').executeTakeFirstOrThrow()).id;
    await history(first, 50_000);
  });
  afterAll(async () => {
    await close();
    await opened.drop();
  });

  /** The contract's whole history, saved over the version as it stands: one loan, one repayment of `repay`. */
  const history = async (ctx: ServiceContext, repay: number) =>
    saveHistory(ctx, {
      user: owner,
      contractId,
      body: {
        version: (await opened.db.selectFrom('contracts').select('history_version').executeTakeFirstOrThrow()).history_version,
        transactions: [
          { date: '2000-03-27', borrow: 478_594 },
          { date: '2000-04-25', repay },
        ],
      },
    });
  const ledgerText = async (ctx: ServiceContext, query: Record<string, string> = {}, user = owner) => {
    const read = await contractLedger(ctx, { user, contractId, query });
    if (!('text' in read)) throw new Error('no ledger');
    return read.text;
  };
  const balance = async (ctx: ServiceContext, query: Record<string, string> = {}) =>
    (JSON.parse(await ledgerText(ctx, query)) as { summary: { balance: number } }).summary.balance;
  type Overview = Awaited<ReturnType<typeof overviewOf>>;
  const overview = async (ctx: ServiceContext, user = owner) => JSON.parse(await getCaseOverview(ctx, { user, caseId })) as Overview;
  const rows = (kind: string) =>
    opened.db.selectFrom('derived_texts').select(['slot', 'day', 'stamp', 'text']).where('kind', '=', kind).orderBy('day').execute();

  it('has an edited history row in the next ledger and overview of either process', async () => {
    // 478,594 × 18% × 29/366 = 6,825 → 478,594 − (50,000 − 6,825) = 435,419; both read (and keep) it.
    expect(await balance(first)).toBe(435_419);
    expect(await balance(second)).toBe(435_419);
    expect((await overview(second)).totals.debt).toBe(435_419);

    await history(second, 60_000);
    expect(await balance(first)).toBe(425_419);
    expect(await balance(second)).toBe(425_419);
    expect((await overview(first)).totals.debt).toBe(425_419);

    await history(first, 50_000);
    expect(await balance(second)).toBe(435_419);
    expect((await overview(second)).totals.debt).toBe(435_419);
  });

  it('has a budget change in the next overview of either process', async () => {
    expect((await overview(first)).budget).toMatchObject({ income: 200_000, available: 100_000 });
    expect((await overview(second)).budget).toMatchObject({ income: 200_000, available: 100_000 });
    const { version } = (await getCase(opened.db, caseId)) ?? { version: -1 };
    const budget = { monthly: { income: { salaryApplicant: 200_000 }, spending: { rent: 70_000, food: 40_000 } } };
    await editCase(first, { user: owner, caseId, body: { budget, version } });
    expect((await overview(second)).budget).toMatchObject({ income: 200_000, available: 90_000 });
    expect((await overview(first)).budget).toMatchObject({ income: 200_000, available: 90_000 });
  });

  it('looks up what a computation from scratch gives, as the same text in both processes', async () => {
    const keptOverview = await getCaseOverview(first, { user: owner, caseId });
    const keptLedger = await ledgerText(first);
    expect(await getCaseOverview(second, { user: owner, caseId })).toBe(keptOverview);
    expect(await ledgerText(second)).toBe(keptLedger);
    const stored = await getCase(opened.db, caseId);
    if (!stored) throw new Error('no case');
    expect(JSON.parse(keptOverview)).toEqual(JSON.parse(JSON.stringify(await overviewOf(createServiceContext({ db: opened.db }), stored))));
    // A third process with nothing stored computes both again: the same texts.
    await opened.db.deleteFrom('derived_texts').execute();
    const fresh = createServiceContext({ db: opened.db });
    expect(await getCaseOverview(fresh, { user: owner, caseId })).toBe(keptOverview);
    expect(await ledgerText(fresh)).toBe(keptLedger);
  });

  it('checks access before any lookup: the debtor reads the same figures, a stranger nothing', async () => {
    const office = await getCaseOverview(first, { user: owner, caseId });
    // The overview holds no office-only part (no contacts, notes or next actions): one text for both.
    expect(await getCaseOverview(second, { user: debtor, caseId })).toBe(office);
    expect(await ledgerText(second, {}, debtor)).toBe(await ledgerText(first));
    await expect(getCaseOverview(second, { user: stranger, caseId })).rejects.toMatchObject({ code: 'notFound' });
    await expect(contractLedger(second, { user: stranger, contractId, query: {} })).rejects.toMatchObject({ code: 'notFound' });
  });

  it('computes a ledger under other options as asked, and keeps only the default one', async () => {
    // fixed 365: 478,594 × 18% × 29/365 = 6,844 → 478,594 − (50,000 − 6,844) = 435,438.
    expect(await balance(second, { yearBasis: 'fixed365' })).toBe(435_438);
    expect(await balance(second)).toBe(435_419);
    const ledgers = await rows('recalc');
    expect(ledgers.map((row) => row.slot)).toEqual([contractId]);
    expect((JSON.parse(ledgers[0]?.text ?? '{}') as { summary: { balance: number } }).summary.balance).toBe(435_419);
  });

  it("stores today's and tomorrow's overview and the ledgers in the scheduled refresh", async () => {
    await history(first, 60_000);
    await opened.db.deleteFrom('derived_texts').execute();
    await refreshDeadlineLists(first);
    const today = first.today();
    const overviews = await rows('overview');
    expect(overviews.map((row) => row.slot)).toEqual([today, addDays(today, 1)]);
    const ledgers = await rows('recalc');
    expect(ledgers.map((row) => row.slot)).toEqual([contractId]);
    // The morning's reads are the stored texts, in the other process too.
    expect(await getCaseOverview(second, { user: owner, caseId })).toBe(overviews[0]?.text);
    expect(await ledgerText(second)).toBe(ledgers[0]?.text);
    expect(await balance(second)).toBe(425_419);
  });

  it("forgets a case's overviews of days gone when a later one is stored", async () => {
    const later = createServiceContext({ db: opened.db, now: () => new Date(Date.now() + 3 * 86_400_000) });
    await getCaseOverview(later, { user: owner, caseId });
    const days = (await rows('overview')).map((row) => String(row.day).slice(0, 10));
    expect(days).toEqual([later.today()]);
  });

  it('keeps an unchanged ledger through the days: each refresh marks it as in use', async () => {
    const kept = await ledgerText(first);
    expect((await rows('recalc'))[0]?.text).toBe(kept);
    const later = createServiceContext({ db: opened.db, now: () => new Date(Date.now() + 5 * 86_400_000) });
    // An overview stored days later forgets the overviews of days gone, not the ledgers.
    await getCaseOverview(later, { user: owner, caseId });
    expect((await rows('recalc')).map((row) => row.slot)).toEqual([contractId]);
    await refreshDeadlineLists(later);
    const ledgers = await rows('recalc');
    expect(ledgers.map((row) => [row.slot, String(row.day).slice(0, 10)])).toEqual([[contractId, addDays(later.today(), 1)]]);
    expect(ledgers[0]?.text).toBe(kept);
  });
});
