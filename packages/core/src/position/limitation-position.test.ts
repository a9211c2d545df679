// The 時効 rules against worked dates. Counting: from the day after the event (民法140条), ending at
// the end of the anniversary of the event's day (143条2項), moved to the next day when that is a
// Sunday, holiday or other day off (142条). Which law: 改正民法附則10条1項・4項 (the contract's date).
import { describe, expect, it } from 'vitest';
import { limitationFactsSchema } from '../case/debt-facts.js';
import { type LimitationInput, limitationPosition } from './limitation-position.js';

const today = '2026-12-04';
const lender = { kind: 'consumer-finance', name: 'A社' };

function input(fields: Partial<Omit<LimitationInput, 'facts'>> & { facts?: Record<string, unknown> } = {}): LimitationInput {
  const { facts = {}, ...rest } = fields;
  return {
    creditor: lender,
    contractDate: '2012-05-01',
    contractKind: 'loan',
    lastPayment: '2019-03-01',
    dueDay: 27,
    paying: false,
    owed: true,
    ...rest,
    facts: limitationFactsSchema.parse({ accelerationType: 'automatic', accelerationMisses: 1, ...facts }),
  };
}

describe('which law', () => {
  it('old law, a company lending (旧商法522条): 5 years from the first missed installment under a 当然喪失 clause', () => {
    // Last paid 2019-03-01, due on the 27th → missed 2019-03-27 → the period ends at the end of 2024-03-27 (Wed).
    const p = limitationPosition(input(), today);
    expect(p).toMatchObject({
      status: 'has-run',
      startsFrom: { event: 'acceleration', on: '2019-03-27' },
      endsOn: '2024-03-27',
      missing: [],
    });
    expect(p.rule?.article).toContain('旧商法522条');
    expect(limitationPosition(input(), '2024-03-27').status).toBe('running');
    expect(limitationPosition(input(), '2024-03-28').status).toBe('has-run');
  });

  it('old law, a 信用金庫 (最判S63.10.18: not a commercial act): 10 years, ending on a Saturday → the Monday (民法142条)', () => {
    const p = limitationPosition(input({ creditor: { kind: 'cooperative', name: '東京○○信用金庫' }, dueDay: 10 }), today);
    // Missed 2019-03-10 → 10 years → 2029-03-10 is a Saturday → 2029-03-12.
    expect(p).toMatchObject({ status: 'running', endsOn: '2029-03-12' });
    expect(p.rule?.article).toContain('旧民法167条1項');
  });

  it('old law, a 信用組合 named as such but entered as "other" (最判S48.10.5): 10 years', () => {
    const p = limitationPosition(input({ creditor: { kind: 'other', name: '○○信用組合' } }), today);
    expect(p.rule?.years).toBe(10);
  });

  it('old law, an individual lender (旧民法167条1項): 10 years, to 2030', () => {
    const p = limitationPosition(
      input({ creditor: { kind: 'individual', name: '山田太郎' }, lastPayment: '2020-02-01', dueDay: 1 }),
      today,
    );
    // Missed 2020-03-01 → 2030-03-01 (Fri).
    expect(p).toMatchObject({ status: 'running', endsOn: '2030-03-01' });
  });

  it('a member borrowing for a business from a 信用金庫 (a 商人): 5 years under the old law', () => {
    const p = limitationPosition(
      input({ creditor: { kind: 'cooperative', name: '○○信用金庫' }, facts: { merchantBorrower: true } }),
      today,
    );
    expect(p.rule?.years).toBe(5);
  });

  it('a servicer holding a 信用金庫 claim counts as the original lender (10 years)', () => {
    const p = limitationPosition(
      input({ creditor: { kind: 'servicer', name: '○○債権回収', originalCreditor: { name: '○○信用金庫', kind: 'cooperative' } } }),
      today,
    );
    expect(p.rule?.years).toBe(10);
  });

  it('new law for a contract from 2020-04-01 (民法166条1項1号): 5 years', () => {
    const p = limitationPosition(input({ contractDate: '2021-01-10', lastPayment: '2021-06-27' }), today);
    // Missed 2021-07-27 → 2026-07-27 (Mon).
    expect(p).toMatchObject({ status: 'has-run', endsOn: '2026-07-27' });
    expect(p.rule?.article).toContain('民法166条1項1号');
  });

  it('a guarantee company’s 求償権 runs from the 代位弁済, 5 years under the old law; 2025-06-15 is a Sunday → 06-16', () => {
    const p = limitationPosition(
      input({ creditor: { kind: 'guarantor-company', name: '○○保証' }, contractDate: '2018-02-01', facts: { subrogatedOn: '2020-06-15' } }),
      today,
    );
    expect(p).toMatchObject({ status: 'has-run', startsFrom: { event: 'subrogation', on: '2020-06-15' }, endsOn: '2025-06-16' });
    const unknown = limitationPosition(input({ creditor: { kind: 'guarantor-company', name: '○○保証' } }), today);
    expect(unknown).toMatchObject({ status: 'may-have-run', missing: ['subrogation-date'] });
  });
});

describe('an unknown contract date (改正民法附則10条4項 cannot be applied)', () => {
  it('counts the longer period; where only the shorter has run, it may have run and asks for the date', () => {
    const p = limitationPosition(input({ creditor: { kind: 'cooperative', name: '○○信用金庫' }, contractDate: null }), today);
    expect(p).toMatchObject({ status: 'may-have-run', missing: ['contract-date'], endsOn: '2029-03-27' });
    const lender = limitationPosition(input({ contractDate: null }), today);
    expect(lender).toMatchObject({ status: 'has-run', missing: [] });
  });
});

describe('from when: the clause decides, not the last payment', () => {
  it('当然喪失 on the second miss (「2回以上怠ったとき」): 2019-04-27 → 2024-04-27 (Sat) → 04-29 is 昭和の日 → 2024-04-30', () => {
    const p = limitationPosition(input({ facts: { accelerationMisses: 2 } }), today);
    expect(p).toMatchObject({ startsFrom: { on: '2019-04-27' }, endsOn: '2024-04-30', status: 'has-run' });
  });

  it('請求喪失 (最判S42.6.23): without the demand’s date it may have run; with it, from the demand', () => {
    const unknown = limitationPosition(input({ facts: { accelerationType: 'on-demand' } }), today);
    expect(unknown).toMatchObject({ status: 'may-have-run', missing: ['acceleration-date'], endsOnIsEarliest: true });
    const demanded = limitationPosition(input({ facts: { accelerationType: 'on-demand', acceleratedOn: '2022-01-20' } }), today);
    expect(demanded).toMatchObject({ status: 'running', startsFrom: { event: 'acceleration', on: '2022-01-20' }, endsOn: '2027-01-20' });
  });

  it('an unknown clause: may have run once the earliest end has passed, running before it', () => {
    const unknown = limitationPosition(input({ facts: { accelerationType: null } }), today);
    expect(unknown).toMatchObject({ status: 'may-have-run', missing: ['acceleration-clause'] });
    const recent = limitationPosition(input({ facts: { accelerationType: null }, lastPayment: '2024-01-10' }), today);
    expect(recent).toMatchObject({ status: 'running', endsOnIsEarliest: true });
  });

  it('a debtor still paying renews it with every payment (民法152条1項): running', () => {
    expect(limitationPosition(input({ lastPayment: null, paying: true }), today).status).toBe('running');
    expect(limitationPosition(input({ lastPayment: null }), today)).toMatchObject({ status: 'may-have-run', missing: ['last-payment'] });
  });

  it('nothing owed: no limitation of the debt', () => {
    expect(limitationPosition(input({ owed: false }), today).status).toBe('not-applicable');
  });
});

describe('what resets it', () => {
  it('a final judgment (民法169条1項): 10 years from when it became final', () => {
    const p = limitationPosition(input({ facts: { courtTitle: 'judgment', courtTitleOn: '2018-05-10' } }), today);
    expect(p).toMatchObject({ status: 'running', startsFrom: { event: 'court-title' }, endsOn: '2028-05-10' });
    expect(p.rule?.article).toContain('民法169条1項');
  });

  it('an acknowledgement after completion bars 援用 of that period (最判S41.4.20) and a new one runs from it (最判S45.5.21)', () => {
    const p = limitationPosition(input({ facts: { acknowledgedOn: '2025-01-15' } }), today);
    expect(p).toMatchObject({ status: 'running', acknowledgedAfterCompletion: true, startsFrom: { event: 'acknowledgement' } });
    expect(p.endsOn).toBe('2030-01-15');
    expect(p.sources.join()).toContain('最判昭和41年4月20日');
  });
});

describe('a debt that changes hands keeps what its limitation turns on', () => {
  it('債権譲渡 to a servicer: the original creditor and the contract’s facts; 代位弁済: the 求償権 from that day', async () => {
    const { successorOf } = await import('../negotiation/successor.js');
    const { contractSchema } = await import('../case/case-schema.js');
    const contract = contractSchema.parse({
      claimedBalance: 450_000,
      contractDate: '2012-06-01',
      lastPaymentDate: '2019-03-01',
      dueDay: 1,
      delinquent: true,
      limitation: { accelerationType: 'automatic' },
    });
    const assigned = successorOf(
      { name: 'Cカード', kind: 'card', contracts: [contract] },
      { to: 'assigned', date: '2023-05-01', successor: 'B債権回収' },
    );
    expect(assigned?.creditor.originalCreditor).toEqual({ name: 'Cカード', kind: 'card' });
    expect(assigned?.contract).toMatchObject({
      contractDate: '2012-06-01',
      lastPaymentDate: '2019-03-01',
      limitation: { accelerationType: 'automatic' },
    });
    const subrogated = successorOf(
      { name: 'D銀行', kind: 'bank', contracts: [contract] },
      { to: 'subrogated', date: '2020-06-15', successor: 'E保証' },
    );
    expect(subrogated?.contract.limitation.subrogatedOn).toBe('2020-06-15');
  });
});
