import { type CaseContent, caseContentSchema } from '@wakai/core';
import {
  changeStatus,
  getCase,
  listCases,
  listCreditors,
  listNegotiations,
  localUser,
  replaceTransactions,
  saveAgreement,
  updateCase,
  updateOffer,
} from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCaseContent, readCaseContent } from './case-file-store.js';

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
      negotiation: {
        status: 'repaying',
        changes: [
          { status: 'notice-sent', date: '2026-05-01', note: '', successor: '' },
          { status: 'agreed', date: '2026-07-01', note: '電話で合意', successor: '' },
        ],
        contacts: [
          {
            at: '2026-06-20T10:15',
            channel: 'fax',
            direction: 'incoming',
            person: '佐々木',
            summary: '和解案の送付',
            nextAction: '回答',
            nextActionDue: '2026-06-30',
            attachments: [
              { fileName: '和解案.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 test').toString('base64') },
            ],
          },
          { at: '2026-07-01T09:00', channel: 'phone', direction: 'outgoing', summary: '受諾の連絡' },
        ],
        offers: [
          {
            offer: { from: 'creditor', madeOn: '2026-06-20', amount: 576_000, installments: 48, monthly: 12_000, status: 'accepted' },
            contact: 0,
          },
        ],
        agreement: {
          signedOn: '2026-07-10',
          confirmedBalance: 576_000,
          acceleration: { misses: 2, amount: 24_000 },
          settlementClause: true,
        },
        payments: [{ paidOn: '2026-08-27', amount: 12_000 }],
      },
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

describe.each(testEngines())('the case file stored and read back, on $name', (engine) => {
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

  it('moves a creditor to a new step only at the version it was read at, recording the dated change', async () => {
    const owner = await localUser(opened.db);
    const stored = await insertCaseContent(opened.db, owner.id, content);
    const [, bank] = await listCreditors(opened.db, stored.id);
    if (!bank) throw new Error('no creditor');
    const moved = await changeStatus(opened.db, bank.id, bank.version, {
      status: 'notice-sent',
      date: '2026-11-01',
      note: '',
      successor: '',
    });
    expect(moved).toMatchObject({ status: 'notice-sent', version: bank.version + 1 });
    // A second screen still holding the old version changes nothing.
    expect(
      await changeStatus(opened.db, bank.id, bank.version, { status: 'limitation-invoked', date: '2026-11-02', note: '', successor: '' }),
    ).toBeUndefined();
    const negotiation = (await listNegotiations(opened.db, [bank.id])).get(bank.id);
    expect(negotiation?.changes.map((c) => [c.status, c.date])).toEqual([['notice-sent', '2026-11-01']]);
    expect((await listCreditors(opened.db, stored.id))[1]?.status).toBe('notice-sent');
  });

  it('refuses offer and agreement edits made against an old version', async () => {
    const owner = await localUser(opened.db);
    const stored = await insertCaseContent(opened.db, owner.id, content);
    const [lender] = await listCreditors(opened.db, stored.id);
    const negotiation = (await listNegotiations(opened.db, [lender?.id as string])).get(lender?.id as string);
    const offer = negotiation?.offers[0];
    if (!offer || !negotiation?.agreementVersion) throw new Error('no offer');
    expect(offer.contactId).toBe(negotiation.contacts.find((c) => c.summary === '和解案の送付')?.id);
    expect(await updateOffer(opened.db, offer.id, { ...offer, note: '一つ目' }, offer.version)).toMatchObject({ note: '一つ目' });
    expect(await updateOffer(opened.db, offer.id, { ...offer, note: '古い画面' }, offer.version)).toBeUndefined();
    const agreement = negotiation.agreement as NonNullable<typeof negotiation.agreement>;
    expect(await saveAgreement(opened.db, lender?.id as string, { ...agreement, payeeAccount: 'A' }, negotiation.agreementVersion)).toBe(
      negotiation.agreementVersion + 1,
    );
    expect(
      await saveAgreement(opened.db, lender?.id as string, { ...agreement, payeeAccount: 'B' }, negotiation.agreementVersion),
    ).toBeUndefined();
    expect(await saveAgreement(opened.db, lender?.id as string, agreement, null)).toBeUndefined();
  });
});
