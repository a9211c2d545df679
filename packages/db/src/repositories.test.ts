import { type CaseContent, caseContentSchema } from '@wakai/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCase, insertCaseContent, listCases, readCaseContent, updateCase } from './case.repository.js';
import { testEngines } from './test-databases.js';
import { replaceTransactions } from './transaction.repository.js';
import { localUser } from './user.repository.js';

const content: CaseContent = caseContentSchema.parse({
  title: '山田さんの任意整理',
  debtor: { name: '山田 太郎', prefecture: '東京都', largeCity: true, householdMembers: [{ name: '山田 花子', relation: '妻', age: 40 }] },
  budget: {
    monthly: { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000 } },
    months: [{ month: '2026-10', income: { salaryApplicant: 248_000 }, spending: {} }],
  },
  assets: { cash: 30_000, deposits: [{ bank: '三井住友銀行', balance: 120_000 }], home: null },
  creditors: [
    {
      name: 'A社',
      kind: 'consumer-finance',
      contracts: [
        {
          label: 'カードローン',
          contractDate: '2000-03-27',
          contractRate: '29.2',
          claimedBalance: 5_000_000_000,
          recalcOptions: { yearBasis: 'fixed365' },
          transactions: [
            { date: '2000-03-27', borrow: 478_594 },
            { date: '2000-04-25', repay: 50_000, note: '振込', estimated: true, rate: '18' },
          ],
        },
      ],
    },
    { name: 'B銀行', kind: 'bank', guarantorCompany: 'SMBCコンシューマーファイナンス', contracts: [] },
  ],
  feeQuotes: [
    {
      office: '○○法律事務所',
      profession: 'lawyer',
      retainerPerCreditor: 22_000,
      successFeePerCreditor: 22_000,
      refundFeePercent: '20',
      taxIncluded: true,
    },
  ],
});

describe.each(testEngines())('repositories on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  beforeAll(async () => {
    opened = await engine.open();
  });
  afterAll(() => opened.drop());

  it('stores a whole case and reads back every field (bigint yen, dates as texts)', async () => {
    const owner = await localUser(opened.db);
    const stored = await insertCaseContent(opened.db, owner.id, content);
    expect(await readCaseContent(opened.db, stored.id)).toEqual(content);
    expect(await listCases(opened.db, owner.id)).toEqual([
      expect.objectContaining({ id: stored.id, debtorName: '山田 太郎', creditors: 2 }),
    ]);
  });

  it('keeps the old history when a replacement fails half-way (one transaction)', async () => {
    const owner = await localUser(opened.db);
    const stored = await insertCaseContent(opened.db, owner.id, content);
    const contractId = (
      await opened.db
        .selectFrom('contracts')
        .innerJoin('creditors', 'creditors.id', 'contracts.creditor_id')
        .select('contracts.id')
        .where('creditors.case_id', '=', stored.id)
        .executeTakeFirstOrThrow()
    ).id;
    const rows = Array.from({ length: 1_500 }, (_, i) => ({
      date: '2001-01-01',
      borrow: i + 1,
      repay: 0,
      rate: null,
      note: '',
      estimated: false,
    }));
    rows[1_200] = { ...rows[1_200], date: 'not-a-date' } as (typeof rows)[number];
    await expect(opened.db.transaction().execute((trx) => replaceTransactions(trx, contractId, rows))).rejects.toThrow();
    expect((await readCaseContent(opened.db, stored.id))?.creditors[0]?.contracts[0]?.transactions).toEqual(
      content.creditors[0]?.contracts[0]?.transactions,
    );
  });

  it('refuses an update made against an old version', async () => {
    const owner = await localUser(opened.db);
    const stored = await insertCaseContent(opened.db, owner.id, content);
    expect(await updateCase(opened.db, stored.id, { title: '新しい名前' }, stored.version)).toMatchObject({
      title: '新しい名前',
      version: stored.version + 1,
    });
    expect(await updateCase(opened.db, stored.id, { title: '古い画面から' }, stored.version)).toBeUndefined();
    expect((await getCase(opened.db, stored.id))?.title).toBe('新しい名前');
  });
});
