// The source article's worked cases (docs/law/practice.md, "The source articles' figures") and the caps of
// 日弁連「債務整理事件処理の規律を定める規程」and the 日司連 guideline.
import { describe, expect, it } from 'vitest';
import { caseContentSchema } from '../case/case-file.js';
import { diagnose } from '../diagnosis/procedure-comparison.js';
import { defaultPlanSettings, settlementPlan } from '../plan/settlement-plan.js';
import { claimsOverScrivenerLimit, type FeeQuote, feeIssues, feeTotal } from './fee-quote.js';
import { feeCaseOf, quoteOnCase } from './fees-on-case.js';

const quote = (parts: Partial<FeeQuote>): FeeQuote => ({
  office: '事務所',
  profession: 'lawyer',
  retainerPerCreditor: 0,
  successFeePerCreditor: 0,
  reductionFeePercent: '0',
  refundFeePercent: '0',
  refundFeePercentLawsuit: '0',
  remittanceFeePerPayment: 0,
  expenses: 0,
  taxIncluded: false,
  ...parts,
});
const noExtras = { reduction: 0, refund: 0, refundByLawsuit: 0, remittances: 0 };

describe('case 1: 5 creditors, 1,000,000 yen, 35,000 a month today', () => {
  const fees = feeTotal(quote({ retainerPerCreditor: 30_000, successFeePerCreditor: 20_000 }), { creditors: 5, ...noExtras }, '2015-01-01');

  it('comes to 250,000 yen of fees (150,000 + 100,000), within the lawyers cap', () => {
    expect(fees).toMatchObject({ retainer: 150_000, successFee: 100_000, fees: 250_000 });
    expect(feeIssues(quote({ retainerPerCreditor: 30_000, successFeePerCreditor: 20_000 }), '2015-01-01')).toEqual([]);
  });

  it('saves 260,000 yen over 36 months: the article rounds 27,777.78 up and says about 259,992', () => {
    const plan = settlementPlan([{ key: 'all', name: '5社', principal: 1_000_000 }], { ...defaultPlanSettings, startMonth: '2027-01' });
    expect(plan.creditors[0]?.monthly).toBe(27_777);
    const saving = 35_000 * 36 - plan.total;
    expect(saving).toBe(260_000);
    expect(saving - fees.fees).toBe(10_000);
  });
});

describe('case 2: 8 creditors, 3,000,000 yen', () => {
  const case2 = quote({ retainerPerCreditor: 25_000, successFeePerCreditor: 25_000 });

  it('comes to 400,000 yen of fees', () => {
    expect(feeTotal(case2, { creditors: 8, ...noExtras }, '2015-01-01')).toMatchObject({
      retainer: 200_000,
      successFee: 200_000,
      fees: 400_000,
    });
  });

  it('is flagged for a lawyer: 25,000 per creditor is above the 20,000 cap', () => {
    expect(feeIssues(case2, '2015-01-01')).toEqual([
      expect.objectContaining({ item: 'successFee', message: '1社あたりの解決報酬 25,000円 は上限 20,000円 を超えています' }),
    ]);
  });

  it('stays within a 司法書士s 50,000 per creditor, 着手金 included', () => {
    expect(feeIssues({ ...case2, profession: 'scrivener' }, '2015-01-01')).toEqual([]);
    expect(feeIssues({ ...case2, profession: 'scrivener', successFeePerCreditor: 25_001 }, '2015-01-01').map((i) => i.item)).toEqual([
      'fixedFee',
    ]);
  });
});

describe('caps', () => {
  it('checks percentages and remittance, comparing tax-included amounts without the tax', () => {
    const issues = feeIssues(
      quote({
        reductionFeePercent: '11',
        refundFeePercent: '20',
        refundFeePercentLawsuit: '25.5',
        remittanceFeePerPayment: 1_100,
        taxIncluded: true,
      }),
      '2020-01-01',
    );
    // 1,100 yen with 10% tax is 1,000 without: at the cap, not over it.
    expect(issues.map((i) => i.item)).toEqual(['reductionFee', 'refundFeeLawsuit']);
  });

  it('says when the lawyers rule is not confirmed for the date', () => {
    expect(feeIssues(quote({}), '2026-11-23').map((i) => i.item)).toEqual(['capsUnconfirmed']);
  });

  it('computes percentage fees and tax', () => {
    const total = feeTotal(
      quote({ reductionFeePercent: '10', refundFeePercent: '20' }),
      { creditors: 1, reduction: 123_456, refund: 500_000, refundByLawsuit: 0, remittances: 0 },
      '2026-11-23',
    );
    // 12,345 + 100,000 = 112,345; tax 10% = 11,234.
    expect(total).toMatchObject({ reductionFee: 12_345, refundFee: 100_000, fees: 112_345, tax: 11_234, total: 123_579 });
  });

  it('lists the claims a 認定司法書士 may not take (over 1,400,000 yen each)', () => {
    expect(
      claimsOverScrivenerLimit([
        { creditor: 'A', claimed: 1_400_000 },
        { creditor: 'B', claimed: 1_400_001 },
      ]).map((c) => c.creditor),
    ).toEqual(['B']);
  });
});

it('measures a quote on the figures of the case’s diagnosis (the page adds nothing up)', () => {
  const creditor = (key: string, debt: number, claimed: number | null, overpaymentClaim = 0) => ({
    key,
    name: key,
    kind: 'card',
    guarantorCompany: '',
    claimed,
    debt,
    overpaymentClaim,
    overpaymentLimitation: null,
    accruedInterest: 0,
    contracts: [],
  });
  const creditors = [creditor('A', 600_000, 700_000), creditor('B', 400_000, 400_000), creditor('C', 0, 0, 300_000)];
  const content = caseContentSchema.parse({ debtor: { name: '試験' } });
  const diagnosis = diagnose({ today: '2026-11-23', ...content, creditors, plan: {}, safetyMargin: 0 });
  // 3 creditors handled; 700,000 claimed against 600,000 owed → 100,000 reduced; 300,000 to recover; 2 × 36 payments.
  const feeCase = feeCaseOf(diagnosis, creditors);
  expect(feeCase).toEqual({ creditors: 3, reduction: 100_000, refund: 300_000, refundByLawsuit: 0, remittances: 72 });
  // 30,000 + 20,000 per creditor and 20% of the refund: 90,000 + 60,000 + 60,000 = 210,000, tax 21,000.
  const { total, benefit } = quoteOnCase(
    quote({ retainerPerCreditor: 30_000, successFeePerCreditor: 20_000, refundFeePercent: '20' }),
    feeCase,
    '2026-11-23',
  );
  expect(total).toMatchObject({ fees: 210_000, tax: 21_000, total: 231_000, remittanceFee: 0 });
  // 100,000 + 300,000 − 231,000.
  expect(benefit).toBe(169_000);
});
