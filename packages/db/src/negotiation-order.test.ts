// A creditor's records come back in the order they were written, rows of one date included: a case
// file's payments, offers and steps are written by one statement each, and its rows share created_at
// (to the millisecond on PGlite, often to the microsecond on PostgreSQL).
import { assetsSchema, budgetSchema, creditorSchema, debtorSchema, offerSchema, paymentSchema } from '@wakai/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCase } from './case.repository.js';
import { insertCreditor } from './creditor.repository.js';
import { listNegotiations } from './negotiation.repository.js';
import { insertOffers, updateOffer } from './offer.repository.js';
import { insertPayments } from './payment.repository.js';
import { insertStatusHistory } from './status-change.repository.js';
import { testEngines } from './test-databases.js';
import { createUser } from './user.repository.js';

describe.each(testEngines())('the order of a creditor’s records on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  let caseId: string;
  beforeAll(async () => {
    opened = await engine.open();
    const owner = await createUser(opened.db, { email: 'order@office.example', displayName: '順序', passwordHash: 'x' });
    const stored = await insertCase(opened.db, owner.id, {
      title: '取り込み順の案件',
      debtor: debtorSchema.parse({ name: '順序 花子' }),
      budget: budgetSchema.parse({}),
      assets: assetsSchema.parse({}),
    });
    caseId = stored.id;
  });
  afterAll(() => opened?.drop());

  const newCreditor = async (name: string) => (await insertCreditor(opened.db, caseId, creditorSchema.parse({ name, kind: 'card' }))).id;
  const negotiation = async (creditorId: string) => (await listNegotiations(opened.db, [creditorId])).get(creditorId);

  it('reads a case file’s payments, two dates interleaved, each date’s in the order written', async () => {
    const creditorId = await newCreditor('B社');
    // 20 payments on each of two dates, listed alternately, the amounts all different.
    const payments = Array.from({ length: 40 }, (_, i) =>
      paymentSchema.parse({ paidOn: i % 2 === 0 ? '2027-02-27' : '2027-01-27', amount: 1_000 + ((i * 17) % 40) * 100, note: '' }),
    );
    await opened.db.transaction().execute((trx) => insertPayments(trx, creditorId, payments));
    const byDate = (date: string) => payments.filter((p) => p.paidOn === date).map((p) => p.amount);
    const read = (await negotiation(creditorId))?.payments ?? [];
    expect(read.map((p) => p.amount)).toEqual([...byDate('2027-01-27'), ...byDate('2027-02-27')]);
  });

  it('keeps a case file’s offers in order when one of them is changed later', async () => {
    const creditorId = await newCreditor('C社');
    const monthlies = [12_000, 10_000, 8_000, 9_000];
    const offer = (monthly: number) =>
      offerSchema.parse({ from: 'debtor', madeOn: '2026-12-01', amount: 400_000, installments: 36, monthly, acceleration: { misses: 2 } });
    await opened.db.transaction().execute((trx) => insertOffers(trx, creditorId, monthlies.map(offer)));
    const first = (await negotiation(creditorId))?.offers[0];
    if (!first) throw new Error('no offer');
    // The first offer answered (rejected): the row is written again, the offers' order stays.
    expect(await updateOffer(opened.db, first.id, { ...first, status: 'rejected' }, first.version)).toBeDefined();
    const read = (await negotiation(creditorId))?.offers ?? [];
    expect(read.map((o) => [o.monthly, o.status])).toEqual([
      [12_000, 'rejected'],
      [10_000, 'considering'],
      [8_000, 'considering'],
      [9_000, 'considering'],
    ]);
  });

  it('reads a case file’s steps of one date as the file lists them', async () => {
    const creditorId = await newCreditor('D社');
    const steps = ['notice-sent', 'history-requested', 'history-received', 'recalculated', 'offer-sent', 'negotiating'] as const;
    await opened.db.transaction().execute((trx) =>
      insertStatusHistory(
        trx,
        creditorId,
        'negotiating',
        steps.map((status) => ({ status, date: '2026-11-20', note: '', successor: '' })),
      ),
    );
    expect((await negotiation(creditorId))?.changes.map((c) => c.status)).toEqual([...steps]);
  });
});
