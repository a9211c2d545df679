import { describe, expect, it } from 'vitest';
import { buildPosition } from '../position/position.fixture.js';
import { combinedOffers, currentOffer } from './combined-offers.js';
import { creditorPriorities } from './creditor-priorities.js';
import { offerSchema } from './negotiation-schema.js';

const offer = (parts: Record<string, unknown>) => offerSchema.parse({ from: 'creditor', madeOn: '2026-11-01', ...parts });
/** A debt still running, in the plan: what every creditor here is unless a test says otherwise. */
const owed = { limitationStatus: 'running', plan: { included: true, notOwed: null, reason: null, chosen: null } } as const;

describe('all offers together, month by month', () => {
  // A: 120,000 in 12 × 10,000 after 3 months' deferral from 2027-01-27 → 2027-04 … 2028-03.
  // B: 60,000 at once on 2027-02-10, then 4 × 10,000 → 2027-03 … 2027-06.
  // C: no offer: its plan share, 5,000 in 2027-01 … 2027-03.
  const creditors = [
    {
      key: 'a',
      name: 'A社',
      offer: offer({ amount: 120_000, installments: 12, monthly: 10_000, deferralMonths: 3, firstPaymentDate: '2027-01-27' }),
      planShare: null,
      position: owed,
    },
    {
      key: 'b',
      name: 'B社',
      offer: offer({ amount: 100_000, lumpSum: 60_000, installments: 4, monthly: 10_000, firstPaymentDate: '2027-02-10' }),
      planShare: null,
      position: owed,
    },
    {
      key: 'c',
      name: 'C社',
      offer: null,
      planShare: { payments: ['2027-01', '2027-02', '2027-03'].map((month) => ({ month, amount: 5_000, interest: 0, bonus: false })) },
      position: owed,
    },
  ];

  it('puts the deferral and the lump sum in their months and counts what is saved meanwhile', () => {
    // Budget 30,000, saving from 2026-12:
    //  2026-12 nothing due → saved 30,000;  2027-01 C 5,000 → 55,000;
    //  2027-02 B 60,000 + C 5,000 = 65,000 (over the budget by 35,000) → 20,000 left;
    //  2027-03 B 10,000 + C 5,000 → 35,000;  2027-04 … 06 A + B 20,000 → 45,000, 55,000, 65,000;
    //  2027-07 … 2028-03 A 10,000 (9 months, +20,000 each) → 245,000.
    // Paid 120,000 + 100,000 + 15,000 = 235,000 = 16 months × 30,000 − 245,000.
    const view = combinedOffers(creditors, 30_000, '2026-12', '2027-05');
    const at = (month: string) => view.months.find((m) => m.month === month);
    expect(view.months.map((m) => m.month)).toHaveLength(16);
    expect(at('2027-01')).toMatchObject({ total: 5_000, saved: 55_000 });
    expect(at('2027-02')).toMatchObject({ total: 65_000, spare: -35_000, saved: 20_000 });
    expect(at('2027-02')?.parts.find((p) => p.key === 'b')).toMatchObject({ amount: 60_000, lumpSum: true });
    // The deferral: A pays nothing before April.
    expect(at('2027-03')?.parts.some((p) => p.key === 'a')).toBe(false);
    expect(at('2027-04')).toMatchObject({ total: 20_000, saved: 45_000 });
    expect(view.months.at(-1)).toMatchObject({ month: '2028-03', total: 10_000, saved: 245_000 });
    expect(view).toMatchObject({ total: 235_000, firstShort: null, peak: { month: '2027-02', total: 65_000 } });
    expect(view.overBudget.map((m) => m.month)).toEqual(['2027-02']);
    expect(view.sources.map((s) => s.source)).toEqual(['offer', 'offer', 'plan']);
  });

  it('says when the saving does not reach the lump sum', () => {
    // From 2027-01 only: 25,000 saved by February, 65,000 due → 10,000 short.
    const view = combinedOffers(creditors, 30_000, '2027-01', '2027-05');
    expect(view.firstShort).toMatchObject({ month: '2027-02', saved: -10_000 });
  });

  it('follows the accepted offer, else the latest one not rejected', () => {
    const offers = [
      { ...offer({ amount: 1, installments: 1, monthly: 1, status: 'accepted' }), id: '1' },
      { ...offer({ amount: 2, installments: 1, monthly: 2, status: 'considering' }), id: '2' },
    ];
    expect(currentOffer(offers)?.id).toBe('1');
    expect(currentOffer([offers[1], { ...offers[1], id: '3', status: 'rejected' as const }] as typeof offers)?.id).toBe('2');
    expect(currentOffer([])).toBeNull();
  });
});

describe('a debt whose limitation may have run, taken together with the others', () => {
  // The QA walk's さくらカード: consumer finance last repaid 2018-03-01, so 5 years (民法166条1項1号) may
  // have run; its creditor offers 48 × 13,334. Paying or promising renews the period and costs the
  // debtor the 援用 (民法152条1項; 最判昭和41年4月20日), so the board leaves it apart as the diagnosis does.
  const on = '2026-12-04';
  const sakuraFacts = { contractDate: '2015-01-10', claimedBalance: 640_032, lastPaymentDate: '2018-03-01', dueDay: 27, delinquent: true };
  const sakuraPosition = (inPlan: boolean | null = null) =>
    buildPosition({ on, creditor: { name: 'さくらカード', kind: 'consumer-finance', inPlan }, contracts: [sakuraFacts] });
  const sakuraOffer = (status = 'considering') =>
    offer({ amount: 640_032, installments: 48, monthly: 13_334, firstPaymentDate: '2027-01-27', status });
  const a = {
    key: 'a',
    name: 'A社',
    offer: offer({ amount: 45_000, installments: 3, monthly: 15_000, firstPaymentDate: '2027-01-27' }),
    planShare: null,
    position: owed,
  };
  const sakura = (status?: string, inPlan?: boolean | null) => ({
    key: 's',
    name: 'さくらカード',
    offer: sakuraOffer(status),
    planShare: null,
    position: sakuraPosition(inPlan),
  });

  it('is read from the debt position the diagnosis reads: out of the plan, its limitation may have run', () => {
    expect(sakuraPosition().limitationStatus).toMatch(/may-have-run|has-run/);
    expect(sakuraPosition().plan.included).toBe(false);
  });

  it('leaves it out of the months, the total and the shortfall, and lists it apart with the reason', () => {
    // Budget 20,000 from 2027-01; A 15,000 in 2027-01 … 03: saved 5,000, 10,000, 15,000, never short.
    const view = combinedOffers([a, sakura()], 20_000, '2027-01', '2027-01');
    expect(view.months.map((m) => [m.month, m.total, m.saved])).toEqual([
      ['2027-01', 15_000, 5_000],
      ['2027-02', 15_000, 10_000],
      ['2027-03', 15_000, 15_000],
    ]);
    expect(view.months.flatMap((m) => m.parts).some((p) => p.key === 's')).toBe(false);
    expect(view).toMatchObject({ total: 45_000, firstShort: null, overBudget: [], peak: { total: 15_000 } });
    expect(view.sources.map((s) => s.source)).toEqual(['offer', 'time-barred']);
    expect(view.timeBarred).toEqual([{ key: 's', name: 'さくらカード', reason: expect.stringContaining('民法152条1項') }]);
    expect(view.timeBarred[0]?.reason).toContain('時効の援用(民法145条');
  });

  it('keeps it in, and says so, once an offer on it was accepted with the confirmation', () => {
    // Both: 2027-01 … 03 pay 15,000 + 13,334 = 28,334 (−8,334 a month): saved −8,334, −16,668, −25,002,
    // short from the first month; then さくら alone, +6,666 for 45 months: −25,002 + 299,970 = 274,968.
    // Paid 45,000 + 48 × 13,334 (640,032) = 685,032 = 48 × 20,000 − 274,968.
    const view = combinedOffers([a, sakura('accepted')], 20_000, '2027-01', '2027-01');
    expect(view.months).toHaveLength(48);
    expect(view.months.slice(0, 3).map((m) => [m.total, m.saved])).toEqual([
      [28_334, -8_334],
      [28_334, -16_668],
      [28_334, -25_002],
    ]);
    expect(view.months.at(-1)).toMatchObject({ month: '2030-12', total: 13_334, saved: 274_968 });
    expect(view).toMatchObject({ total: 685_032, firstShort: { month: '2027-01', saved: -8_334 }, timeBarred: [] });
    expect(view.sources[1]).toMatchObject({ source: 'offer', timeBarNote: expect.stringContaining('確認のうえ受けた和解案') });
  });

  it('keeps it in where the user put it in the plan, with the position’s own words', () => {
    const view = combinedOffers([a, sakura('considering', true)], 20_000, '2027-01', '2027-01');
    expect(view.total).toBe(685_032);
    expect(view.sources[1]?.timeBarNote).toBe('時効の可能性がありますが、ご自身の選択で按分に入れています(民法152条1項)');
  });
});

describe('which creditors first', () => {
  it('ranks a lawsuit, a guarantor, a car and the highest rate with their reasons', () => {
    const k = { guarantorPerson: '', collateral: '', purpose: '', contractRate: '15' };
    const ranked = creditorPriorities([
      { key: 'a', name: 'A銀行', status: 'notice-sent', contracts: [{ ...k, guarantorPerson: '父' }] },
      { key: 'b', name: 'Bオート', status: 'notice-sent', contracts: [{ ...k, purpose: '自動車購入' }] },
      { key: 'c', name: 'C社', status: 'lawsuit', contracts: [{ ...k, contractRate: '18' }] },
      { key: 'd', name: 'D社', status: 'notice-sent', contracts: [k] },
    ]);
    expect(ranked.map((r) => [r.name, r.reasons.map((x) => x.id)])).toEqual([
      ['C社', ['seizure', 'rate']],
      ['A銀行', ['guarantor']],
      ['Bオート', ['secured']],
      ['D社', []],
    ]);
    expect(ranked[0]?.reasons[1]?.text).toContain('年18%');
    expect(ranked[1]?.reasons[0]?.text).toContain('保証人(父)');
  });

  it('leaves out a creditor the recalculation leaves owed nothing, even at the highest rate', () => {
    const k = { guarantorPerson: '', collateral: '', purpose: '', contractRate: '15' };
    const ranked = creditorPriorities([
      { key: 'a', name: '過払いのA社', status: 'recalculated', debt: 0, contracts: [{ ...k, contractRate: '27.8' }] },
      { key: 'b', name: 'B社', status: 'notice-sent', debt: 300_000, contracts: [{ ...k, contractRate: '18' }] },
      { key: 'c', name: 'C社', status: 'notice-sent', debt: 200_000, contracts: [k] },
    ]);
    expect(ranked.map((r) => [r.name, r.reasons.map((x) => x.id)])).toEqual([
      ['B社', ['rate']],
      ['C社', []],
    ]);
  });
});
