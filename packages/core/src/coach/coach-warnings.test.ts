// The coach's warnings at the moment of contact, at their boundary dates. Sources: 民法166条1項1号
// and 旧商法522条 (5 years), 旧民法167条1項 (10 years, individuals), 民法152条1項 (承認 renews),
// 貸金業法21条1項9号 (no collection after the notice), docs/law/practice.md "Risks to warn about".
import { describe, expect, it } from 'vitest';
import { contactSchema, offerSchema } from '../negotiation/negotiation-schema.js';
import { buildPosition } from '../position/position.fixture.js';
import { type CoachFacts, coachWarnings } from './coach-warnings.js';

const servicer = { name: 'サービサーA', kind: 'servicer' };
// A 2016 card loan now held by a servicer: last paid 2019-03-01, due on the 1st, 当然喪失 on one miss →
// accelerated 2019-04-01 → 5 years (旧商法522条) → the period ends at the end of 2024-04-01.
const contract2016 = {
  label: '2016年の契約',
  contractDate: '2016-04-01',
  claimedBalance: 450_000,
  lastPaymentDate: '2019-03-01',
  dueDay: 1,
  delinquent: true,
  limitation: { accelerationType: 'automatic', accelerationMisses: 1 },
};
const positionOn = (on: string, contracts: Record<string, unknown>[] = [contract2016], creditor = servicer) =>
  buildPosition({ on, creditor: { ...creditor, originalCreditor: { name: 'B社', kind: 'card' } }, contracts });

const contact = (at: string, fields: Record<string, unknown> = {}) =>
  ({
    kind: 'contact',
    contact: contactSchema.parse({ at, channel: 'phone', direction: 'incoming', summary: '請求の電話', ...fields }),
  }) as const;

const facts = (draft: CoachFacts['draft'], more: Partial<CoachFacts> = {}): CoachFacts => ({
  creditor: servicer,
  position: positionOn(draftDateOf(draft)),
  changes: [],
  officeActs: null,
  draft,
  ...more,
});

function draftDateOf(draft: CoachFacts['draft']): string {
  return draft.kind === 'contact' ? draft.contact.at.slice(0, 10) : draft.kind === 'offer' ? draft.offer.madeOn : draft.change.date;
}

const codes = (f: CoachFacts) => coachWarnings(f).map((w) => w.code);

describe('時効 (limitation) at the moment of contact', () => {
  it('fires the day after the period ends (2024-04-01), not on it, reading the debt position', () => {
    expect(codes(facts(contact('2024-04-01T10:00')))).not.toContain('limitation-passed');
    expect(codes(facts(contact('2024-04-02T10:00')))).toContain('limitation-passed');
  });

  it('tells the user not to pay or acknowledge (民法152条1項) and to consider 時効援用, citing the old law', () => {
    const [warning] = coachWarnings(facts(contact('2026-11-23T10:00')));
    expect(warning?.todo).toContain('借金を認める');
    expect(warning?.todo).toContain('時効援用');
    expect(warning?.source).toContain('民法152条1項');
    expect(warning?.source).toContain('旧商法522条');
    expect(warning?.message).toContain('判決や支払督促');
  });

  it('a contract from 2020-04-01 on cites 民法166条1項1号', () => {
    const recent = { ...contract2016, contractDate: '2020-05-01', lastPaymentDate: '2020-06-01' };
    const offer = offerSchema.parse({ from: 'creditor', madeOn: '2025-07-02', amount: 300_000, installments: 30, monthly: 10_000 });
    const w = coachWarnings(facts({ kind: 'offer', offer }, { position: positionOn('2025-07-02', [recent]) }));
    expect(w.map((x) => x.code)).toContain('limitation-passed');
    expect(w[0]?.source).toContain('民法166条1項1号');
    const before = facts({ kind: 'offer', offer: { ...offer, madeOn: '2025-07-01' } }, { position: positionOn('2025-07-01', [recent]) });
    expect(codes(before)).not.toContain('limitation-passed');
  });

  it('a contract the recalculation leaves owing nothing has no debt to be time-barred', () => {
    const overpaid = {
      ...contract2016,
      transactions: [
        { date: '2016-04-01', borrow: 100_000 },
        { date: '2019-03-01', repay: 200_000 },
      ],
    };
    expect(codes(facts(contact('2026-11-23T10:00'), { position: positionOn('2026-11-23', [overpaid]) }))).not.toContain(
      'limitation-passed',
    );
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
      facts(contact('2026-10-05T10:00', { collectionAfterNotice: true }), {
        creditor: lender,
        position: positionOn('2026-10-05', []),
        changes: notice,
      }),
    ).find((w) => w.code === 'collection-after-notice');
    expect(recorded?.source).toContain('貸金業法21条1項9号');
    expect(recorded?.todo).toContain('事務所に報告');
    expect(recorded?.todo).toContain('財務局');
    expect(
      codes(facts(contact('2026-09-30T10:00'), { creditor: lender, position: positionOn('2026-10-05', []), changes: notice })),
    ).toEqual([]);
    // A debtor negotiating alone has no agent to point to (a 受任通知送付 recorded for them by mistake).
    const alone = facts(contact('2026-10-05T10:00'), {
      creditor: lender,
      position: positionOn('2026-10-05', []),
      changes: notice,
      officeActs: false,
    });
    expect(
      coachWarnings(alone)
        .map((w) => `${w.code} ${w.todo}`)
        .join('\n'),
    ).not.toMatch(/collection-after-notice|代理人に任せています/);
  });

  it('a servicer holding a card company’s claim is bound by 貸金業法 (24条2項); holding a bank’s, only by a lawyer’s notice (サービサー法18条8項)', () => {
    const card = coachWarnings(facts(contact('2026-10-05T10:00'), { position: positionOn('2026-10-05', []), changes: notice }));
    expect(card.find((x) => x.code === 'collection-after-notice')?.source).toContain('貸金業法21条1項9号');
    const bankClaim = buildPosition({
      on: '2026-10-05',
      creditor: { ...servicer, originalCreditor: { name: 'D銀行', kind: 'bank' } },
      contracts: [],
    });
    const bank = coachWarnings(facts(contact('2026-10-05T10:00'), { position: bankClaim, changes: notice }));
    expect(bank.find((x) => x.code === 'collection-after-notice')?.source).toContain('18条8項');
  });
});

describe('demands and offers', () => {
  it('a lump-sum or lawsuit demand explains 訴訟 → 判決 → 差押え and a realistic counter', () => {
    for (const demand of ['lump-sum', 'lawsuit']) {
      const w = coachWarnings(facts(contact('2026-11-23T10:00', { demand }), { position: positionOn('2026-11-23', []) }));
      expect(w.map((x) => x.code)).toEqual(['demand']);
      expect(w[0]?.message).toContain('訴訟 → 判決 → 差押え');
      expect(w[0]?.todo).toContain('36回');
    }
    expect(codes(facts(contact('2026-11-23T10:00'), { position: positionOn('2026-11-23', []) }))).toEqual([]);
  });

  it('balloon: a last payment over twice the monthly amount (the documented default) is flagged', () => {
    const offer = (monthly: number) =>
      offerSchema.parse({ from: 'creditor', madeOn: '2026-11-23', amount: 300_000, installments: 10, monthly });
    // 9 × 20,000 = 180,000 → last 120,000 > 2 × 20,000.
    expect(codes(facts({ kind: 'offer', offer: offer(20_000) }, { position: positionOn('2026-11-23', []) }))).toEqual(['balloon']);
    // 9 × 30,000 = 270,000 → last 30,000: level.
    expect(codes(facts({ kind: 'offer', offer: offer(30_000) }, { position: positionOn('2026-11-23', []) }))).toEqual([]);
    // Boundary: 9 × 25,000 = 225,000 → last 75,000 > 50,000 flagged; with factor 3 (75,000 = 3 × 25,000) not.
    expect(
      codes(facts({ kind: 'offer', offer: offer(25_000) }, { position: positionOn('2026-11-23', []), options: { balloonFactor: 3 } })),
    ).toEqual([]);
  });
});
