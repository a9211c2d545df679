// The coach's warnings at the moment of contact, at their boundary dates. Sources: 民法166条1項1号
// and 旧商法522条 (5 years), 旧民法167条1項 (10 years, individuals), 民法152条1項 (承認 renews),
// 貸金業法21条1項9号 (no collection after the notice), docs/law/practice.md "Risks to warn about".
import { describe, expect, it } from 'vitest';
import { contactSchema, offerSchema } from '../negotiation/negotiation-schema.js';
import { type CoachFacts, coachWarnings } from './coach-warnings.js';
import { limitationStatus } from './limitation-status.js';

const servicer = { name: 'サービサーA', kind: 'servicer' };
const contract2016 = { label: '2016年の契約', contractDate: '2016-04-01', lastRepaymentInHistory: '2019-03-01', lastPaymentDate: null };

const contact = (at: string, fields: Record<string, unknown> = {}) =>
  ({
    kind: 'contact',
    contact: contactSchema.parse({ at, channel: 'phone', direction: 'incoming', summary: '請求の電話', ...fields }),
  }) as const;

const facts = (draft: CoachFacts['draft'], more: Partial<CoachFacts> = {}): CoachFacts => ({
  creditor: servicer,
  contracts: [contract2016],
  changes: [],
  officeActs: null,
  draft,
  ...more,
});

const codes = (f: CoachFacts) => coachWarnings(f).map((w) => w.code);

describe('時効 (limitation) at the moment of contact', () => {
  it('a debt last paid 2019-03-01 completes its 5 years on 2024-03-01 (旧商法522条: a lender before 2020-04-01)', () => {
    expect(limitationStatus(contract2016, servicer, '2026-11-23')).toMatchObject({
      lastPayment: '2019-03-01',
      basis: 'history',
      years: 5,
      completesOn: '2024-03-01',
      passed: true,
    });
  });

  it('fires the day after the fifth anniversary of the last payment, not on it', () => {
    expect(codes(facts(contact('2024-03-01T10:00')))).not.toContain('limitation-passed');
    expect(codes(facts(contact('2024-03-02T10:00')))).toContain('limitation-passed');
  });

  it('tells the user not to pay or acknowledge (民法152条1項) and to consider 時効援用', () => {
    const [warning] = coachWarnings(facts(contact('2026-11-23T10:00')));
    expect(warning?.todo).toContain('借金を認める');
    expect(warning?.todo).toContain('時効援用');
    expect(warning?.source).toContain('民法152条1項');
    expect(warning?.source).toContain('旧商法522条');
  });

  it('an offer is judged on its own date; a contract from 2020-04-01 on cites 民法166条1項1号', () => {
    const recent = { ...contract2016, contractDate: '2020-05-01', lastRepaymentInHistory: '2020-06-30' };
    const offer = offerSchema.parse({ from: 'creditor', madeOn: '2025-07-01', amount: 300_000, installments: 30, monthly: 10_000 });
    const w = coachWarnings(facts({ kind: 'offer', offer }, { contracts: [recent] }));
    expect(w.map((x) => x.code)).toContain('limitation-passed');
    expect(w[0]?.source).toContain('民法166条1項1号');
    expect(codes(facts({ kind: 'offer', offer: { ...offer, madeOn: '2025-06-30' } }, { contracts: [recent] }))).not.toContain(
      'limitation-passed',
    );
  });

  it('an individual lender before 2020-04-01: 10 years (旧民法167条1項)', () => {
    const person = { name: '山田太郎', kind: 'individual' };
    expect(limitationStatus(contract2016, person, '2026-11-23')).toMatchObject({ years: 10, completesOn: '2029-03-01', passed: false });
  });

  it('the history decides over the typed last-payment date; without either, no date is claimed', () => {
    const typed = { ...contract2016, lastRepaymentInHistory: null, lastPaymentDate: '2022-01-10' };
    expect(limitationStatus(typed, servicer, '2026-11-23')).toMatchObject({ basis: 'contract', passed: false, completesOn: '2027-01-10' });
    const none = { ...contract2016, lastRepaymentInHistory: null };
    expect(limitationStatus(none, servicer, '2026-11-23')).toMatchObject({ basis: 'none', completesOn: null, passed: false });
  });

  it('a contract the recalculation leaves owing nothing (paid off, overpaid) has no debt to be time-barred', () => {
    const overpaid = { ...contract2016, nothingOwed: true };
    expect(limitationStatus(overpaid, servicer, '2026-11-23')).toMatchObject({
      completesOn: '2024-03-01',
      passed: false,
      nothingOwed: true,
    });
    expect(codes(facts(contact('2026-11-23T10:00'), { contracts: [overpaid] }))).not.toContain('limitation-passed');
  });

  it('a status change that admits the debt warns; invoking limitation does not', () => {
    expect(codes(facts({ kind: 'status', change: { to: 'agreed', date: '2026-11-23' } }))).toContain('limitation-passed');
    expect(codes(facts({ kind: 'status', change: { to: 'limitation-invoked', date: '2026-11-23' } }))).toEqual([]);
  });
});

describe('after the 受任通知', () => {
  const notice = [{ status: 'notice-sent' as const, date: '2026-10-01' }];
  const lender = { name: 'アコム', kind: 'consumer-finance' };

  it('the debtor calling the creditor directly: warned from the notice day on, when an office acts', () => {
    const out = (at: string) => contact(at, { direction: 'outgoing' });
    expect(codes(facts(out('2026-09-30T10:00'), { changes: notice }))).not.toContain('direct-contact-after-notice');
    expect(codes(facts(out('2026-10-01T10:00'), { changes: notice }))).toContain('direct-contact-after-notice');
    // A debtor who says no office acts is not told to go through one.
    expect(codes(facts(out('2026-10-01T10:00'), { changes: notice, officeActs: false }))).not.toContain('direct-contact-after-notice');
  });

  it('a lender collecting after the notice (貸金業法21条1項9号): what to do, where to report', () => {
    const recorded = coachWarnings(
      facts(contact('2026-10-05T10:00', { collectionAfterNotice: true }), { creditor: lender, contracts: [], changes: notice }),
    ).find((w) => w.code === 'collection-after-notice');
    expect(recorded?.source).toContain('貸金業法21条1項9号');
    expect(recorded?.todo).toContain('事務所に報告');
    expect(recorded?.todo).toContain('財務局');
    expect(codes(facts(contact('2026-09-30T10:00'), { creditor: lender, contracts: [], changes: notice }))).toEqual([]);
  });

  it('a servicer is bound only by a lawyer’s notice (サービサー法18条8項)', () => {
    const w = coachWarnings(facts(contact('2026-10-05T10:00'), { contracts: [], changes: notice }));
    expect(w.find((x) => x.code === 'collection-after-notice')?.source).toContain('18条8項');
  });
});

describe('demands and offers', () => {
  it('a lump-sum or lawsuit demand explains 訴訟 → 判決 → 差押え and a realistic counter', () => {
    for (const demand of ['lump-sum', 'lawsuit']) {
      const w = coachWarnings(facts(contact('2026-11-23T10:00', { demand }), { contracts: [] }));
      expect(w.map((x) => x.code)).toEqual(['demand']);
      expect(w[0]?.message).toContain('訴訟 → 判決 → 差押え');
      expect(w[0]?.todo).toContain('36回');
    }
    expect(codes(facts(contact('2026-11-23T10:00'), { contracts: [] }))).toEqual([]);
  });

  it('balloon: a last payment over twice the monthly amount (the documented default) is flagged', () => {
    const offer = (monthly: number) =>
      offerSchema.parse({ from: 'creditor', madeOn: '2026-11-23', amount: 300_000, installments: 10, monthly });
    // 9 × 20,000 = 180,000 → last 120,000 > 2 × 20,000.
    expect(codes(facts({ kind: 'offer', offer: offer(20_000) }, { contracts: [] }))).toEqual(['balloon']);
    // 9 × 30,000 = 270,000 → last 30,000: level.
    expect(codes(facts({ kind: 'offer', offer: offer(30_000) }, { contracts: [] }))).toEqual([]);
    // Boundary: 9 × 25,000 = 225,000 → last 75,000 > 50,000 flagged; with factor 3 (75,000 = 3 × 25,000) not.
    expect(codes(facts({ kind: 'offer', offer: offer(25_000) }, { contracts: [], options: { balloonFactor: 3 } }))).toEqual([]);
  });
});
