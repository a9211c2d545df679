// Offers judged against the budget's pro-rata share, the standard terms (docs/law/practice.md "Settlement
// terms in practice": principal only, no future interest, 36–60 installments) and the late-charge
// cap (docs/law/recalculation.md "Late charges": 利息制限法4条・7条).
import { describe, expect, it } from 'vitest';
import { caseContentSchema } from '../case/case-file.js';
import { diagnose } from '../diagnosis/procedure-comparison.js';
import { buildPosition, timeBarredServicer } from '../position/position.fixture.js';
import { type OfferInput, offerSchema } from './negotiation-schema.js';
import { judgeOffer, type OfferContext, offerContextFor } from './offer-judgement.js';

const offer = (fields: Partial<OfferInput> = {}): OfferInput =>
  offerSchema.parse({ from: 'creditor', madeOn: '2026-11-20', amount: 576_000, installments: 48, monthly: 12_000, ...fields });

const context: OfferContext = {
  today: '2026-11-23',
  debt: 576_000,
  claimed: 576_000,
  limitationStatus: 'running',
  lateChargeLimit: { percent: null, source: '利息制限法4条1項・7条1項' },
  sustainable: 30_000,
  share: 10_000,
  businessLender: true,
  alternatives: [
    { procedure: 'rehabilitation', label: '個人再生', total: 192_000, note: '' },
    { procedure: 'bankruptcy', label: '自己破産', total: 0, note: '' },
  ],
};

const level = (judgement: ReturnType<typeof judgeOffer>, id: string) => judgement.checks.find((c) => c.id === id)?.level;

describe('offer judgement', () => {
  it('48 × 12,000 yen against a 10,000-yen share: payable in all, over the share, within the budget; counter-offers that fit', () => {
    const judged = judgeOffer(offer(), context);
    expect(judged).toMatchObject({ totalPayable: 576_000, futureInterest: 0, payments: 48, lastPayment: 12_000, beyondDebt: 0 });
    expect(judged.fitsShare).toBe(false);
    expect(judged.fitsBudget).toBe(true);
    expect(judged.checks.find((c) => c.id === 'total')?.text).toBe('総支払額 576,000円(48回)。引き直し後の債務 576,000円 と同じ額です');
    expect(judged.checks.find((c) => c.id === 'share')?.text).toBe(
      '毎月 12,000円 は按分できる額 10,000円 を 2,000円 超えます(他の債権者への返済が苦しくなります)',
    );
    expect(level(judged, 'installments')).toBe('ok');
    expect(judged.checks.find((c) => c.id === 'alt-rehabilitation')?.text).toContain('個人再生なら、この債権者への支払は 192,000円');
    // 576,000 ÷ 10,000 → 58 installments of ⌈576,000 ÷ 58⌉ = 9,932 (the last one smaller), or 60 × 9,600.
    expect(judged.counterOffers.map((c) => [c.installments, c.monthly, c.fitsShare])).toEqual([
      [58, 9_932, true],
      [60, 9_600, true],
    ]);
  });

  it('an offer within the share and on standard terms needs no counter-offer', () => {
    const judged = judgeOffer(offer({ installments: 60, monthly: 9_600 }), context);
    expect(judged.fitsShare).toBe(true);
    expect(level(judged, 'share')).toBe('ok');
    expect(judged.counterOffers).toEqual([]);
  });

  it('more than the monthly budget is marked unpayable', () => {
    const judged = judgeOffer(offer({ installments: 12, monthly: 48_000 }), context);
    expect(judged.fitsBudget).toBe(false);
    expect(level(judged, 'share')).toBe('bad');
    expect(level(judged, 'installments')).toBe('info');
  });

  it('accrued and future interest: counted in the total, flagged, and the counter-offer is principal only without interest', () => {
    // 600,000 with 24,000 accrued interest, 5% a year on the balance in 48 level payments.
    const judged = judgeOffer(offer({ amount: 600_000, accruedInterest: 24_000, futureInterestRate: '5', monthly: 13_818 }), context);
    expect(judged.futureInterest).toBeGreaterThan(0);
    expect(judged.totalPayable).toBe(600_000 + judged.futureInterest);
    expect(level(judged, 'accrued')).toBe('warn');
    expect(level(judged, 'future')).toBe('warn');
    expect(level(judged, 'total')).toBe('warn');
    expect(judged.counterOffers[0]).toMatchObject({ amount: 576_000, futureInterestRate: '0', installments: 58 });
    expect(judged.counterOffers[0]?.reason).toContain('元金 576,000円 のみ');
  });

  it('a monthly amount that leaves a larger last payment says so', () => {
    const judged = judgeOffer(offer({ installments: 48, monthly: 11_000 }), context);
    // 47 × 11,000 = 517,000; the 48th pays 59,000.
    expect(judged.lastPayment).toBe(59_000);
    expect(judged.checks.find((c) => c.id === 'last')?.text).toContain('最終回が 59,000円');
  });

  it('late charges above the cap: 20% for a business lender (7条), 1.46 × the 1条 tier otherwise (4条)', () => {
    expect(level(judgeOffer(offer({ lateChargeRate: '21.9' }), context), 'late-charge')).toBe('bad');
    expect(level(judgeOffer(offer({ lateChargeRate: '20' }), context), 'late-charge')).toBeUndefined();
    // An individual lender, 576,000 yen: 18% × 1.46 = 26.28%.
    const individual = { ...context, businessLender: false };
    expect(level(judgeOffer(offer({ lateChargeRate: '26.28' }), individual), 'late-charge')).toBeUndefined();
    expect(judgeOffer(offer({ lateChargeRate: '26.29' }), individual).checks.find((c) => c.id === 'late-charge')?.text).toContain(
      '上限 年26.28%',
    );
  });

  it('acceleration after a single miss is a warning', () => {
    expect(level(judgeOffer(offer({ acceleration: { misses: 1, amount: null } }), context), 'acceleration')).toBe('warn');
    expect(level(judgeOffer(offer({ acceleration: { misses: 2, amount: 24_000 } }), context), 'acceleration')).toBeUndefined();
  });

  it('takes the share and the alternatives from the case diagnosis', () => {
    const content = caseContentSchema.parse({
      debtor: { name: '試験 太郎' },
      budget: { monthly: { income: { salaryApplicant: 230_000 }, spending: { rent: 100_000, food: 100_000 } } },
    });
    const diagnosis = diagnose({
      today: '2026-11-23',
      debtor: content.debtor,
      budget: content.budget,
      assets: content.assets,
      creditors: [
        {
          key: 'a',
          name: 'A社',
          kind: 'card',
          guarantorCompany: '',
          claimed: 576_000,
          debt: 576_000,
          overpaymentClaim: 0,
          accruedInterest: 0,
          overpaymentLimitation: null,
          contracts: [],
        },
        {
          key: 'b',
          name: 'B社',
          kind: 'consumer-finance',
          guarantorCompany: '',
          claimed: 1_152_000,
          debt: 1_152_000,
          overpaymentClaim: 0,
          accruedInterest: 0,
          overpaymentLimitation: null,
          contracts: [],
        },
      ],
      plan: {},
      safetyMargin: 0,
    });
    const position = buildPosition({ on: '2026-11-23', creditor: { id: 'a', kind: 'card' }, contracts: [{ claimedBalance: 576_000 }] });
    const forA = offerContextFor(diagnosis, position, '2026-11-23');
    // 30,000 a month split 1 : 2 → 10,000 for A社; 個人再生: 1,728,000 → 231条 minimum 1,000,000, of which
    // A社's third is 333,333 (the leftover yen goes to B社, whose remainder is larger).
    expect(forA).toMatchObject({ debt: 576_000, sustainable: 30_000, share: 10_000, businessLender: true });
    expect(forA.alternatives.find((a) => a.procedure === 'rehabilitation')?.total).toBe(333_333);
    expect(forA.alternatives.find((a) => a.procedure === 'mediation')?.total).toBe(576_000);
  });
});

describe('offers at the legal edges (issue 17 item 1; PRACTICE "One debt, one position")', () => {
  // A 債権回収会社 claims 450,000 for a 2012 card loan last paid 2019-03-01 (当然喪失, due on the 1st):
  // 5 years (旧商法522条) from 2019-04-01 have run on 2026-12-04.
  const servicer = timeBarredServicer();
  const servicerContext: OfferContext = {
    ...context,
    debt: servicer.settlementBase,
    claimed: servicer.claimed,
    limitationStatus: servicer.limitationStatus,
  };

  it('a 450,000 offer on a time-barred debt is bad, names 援用 (0 yen) and suggests no counter-offer to pay', () => {
    expect(servicer.limitationStatus).toBe('has-run');
    const judged = judgeOffer(offer({ amount: 450_000, installments: 45, monthly: 10_000 }), servicerContext);
    expect(level(judged, 'limitation')).toBe('bad');
    expect(judged.checks.find((c) => c.id === 'limitation')?.text).toContain('民法152条1項');
    expect(judged.checks.find((c) => c.id === 'alt-limitation')?.text).toContain('0円');
    expect(judged.counterOffers).toEqual([]);
  });

  it('an offer above what is claimed is bad: never pay more than is claimed', () => {
    const judged = judgeOffer(offer({ amount: 600_000, installments: 60, monthly: 10_000 }), {
      ...context,
      claimed: 500_000,
      debt: 500_000,
    });
    expect(level(judged, 'claimed')).toBe('bad');
    expect(judged.checks.find((c) => c.id === 'claimed')?.text).toContain('100,000円 上回ります');
  });

  it('card shopping: 20% late charges above the 割賦販売法30条の3 cap are 要確認, not void', () => {
    const shopping = { ...context, lateChargeLimit: { percent: '3', source: '割賦販売法30条の3' } };
    const judged = judgeOffer(offer({ lateChargeRate: '20' }), shopping);
    expect(level(judged, 'late-charge')).toBe('warn');
    expect(judged.checks.find((c) => c.id === 'late-charge')?.text).toContain('割賦販売法30条の3');
    expect(judged.checks.find((c) => c.id === 'late-charge')?.text).toContain('要確認');
  });
});
