// Issue 9, item 9: what users read cites the statute, decision or practice itself — never one of our
// own files (docs/law/practice.md, docs/law/recalculation.md …), which users cannot open. Every string the core exports (law
// tables, procedure facts, risk rules, standard terms), every message, and every source and sentence
// a diagnosis, an agreement check or a fee check produces is looked at.
import { expect, it } from 'vitest';
import { assetsSchema, budgetSchema, debtorSchema } from './case/case-schema.js';
import { diagnose } from './diagnosis/procedure-comparison.js';
import { feeIssues } from './fees/fee-quote.js';
import { legalAidCheck } from './fees/legal-aid.js';
import * as core from './index.js';
import { messageCodes, messageText } from './messages.js';
import { agreementChecklist } from './negotiation/agreement-check.js';
import { agreementTermsSchema, offerSchema } from './negotiation/negotiation-schema.js';

const ownFile = /[A-Za-z_-]+\.md\b/;

function stringsIn(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => stringsIn(v, seen));
}

it('no exported table, fact or rule names one of our own files', () => {
  const texts = stringsIn(Object.values(core).filter((v) => typeof v === 'object'));
  expect(texts.length).toBeGreaterThan(100);
  expect(texts.filter((t) => ownFile.test(t))).toEqual([]);
});

it('no message names one of our own files', () => {
  const texts = messageCodes.flatMap((code) => [messageText(code, {}, 'ja'), messageText(code, {}, 'en')]);
  expect(texts.filter((t) => ownFile.test(t))).toEqual([]);
});

it('no source or sentence of a diagnosis, an agreement check or a fee check names one of our own files', () => {
  const diagnosis = diagnose({
    today: '2026-11-23',
    debtor: debtorSchema.parse({ name: '試験', occupation: '警備員' }),
    budget: budgetSchema.parse({ monthly: { income: { salaryApplicant: 200_000 }, spending: { rent: 70_000 } } }),
    assets: assetsSchema.parse({
      cash: 1_200_000,
      deposits: [{ bank: 'みずほ銀行', balance: 150_000 }],
      cars: [{ name: '車', value: 300_000, loanBalance: 400_000, titleRetained: true }],
    }),
    creditors: [
      {
        key: 'a',
        name: 'みずほ銀行',
        kind: 'bank',
        guarantorCompany: 'オリコ',
        claimed: 1_500_000,
        debt: 1_500_000,
        overpaymentClaim: 200_000,
        overpaymentLimitation: '2027-01-01',
        accruedInterest: 0,
        contracts: [{ guarantorPerson: '親', purpose: 'スマホ', lastPaymentDate: '2019-01-01', claimedBalance: 1_500_000, label: '' }],
      },
      {
        key: 'b',
        name: '日本学生支援機構',
        kind: 'other',
        guarantorCompany: '',
        claimed: 0,
        debt: 0,
        overpaymentClaim: 900_000,
        overpaymentLimitation: null,
        accruedInterest: 0,
        contracts: [{ guarantorPerson: '親', purpose: '', lastPaymentDate: null, claimedBalance: null, label: '' }],
      },
      {
        key: 'c',
        name: '市税',
        kind: 'other',
        guarantorCompany: '',
        claimed: 100_000,
        debt: 100_000,
        overpaymentClaim: 0,
        overpaymentLimitation: null,
        accruedInterest: 0,
        contracts: [],
      },
    ],
    plan: { installments: 72 },
    safetyMargin: 0,
  });
  expect(diagnosis.risks.length).toBeGreaterThan(5);
  const offer = offerSchema.parse({
    from: 'creditor',
    madeOn: '2026-07-01',
    amount: 500_000,
    installments: 60,
    monthly: 8_334,
    lateChargeRate: '30',
  });
  const checklist = agreementChecklist(offer, agreementTermsSchema.parse({ lateChargeRate: '30', acceleration: { misses: 1 } }), {
    today: '2026-11-23',
    businessLender: true,
  });
  const fees = feeIssues(
    {
      office: '',
      profession: 'scrivener',
      retainerPerCreditor: 50_000,
      successFeePerCreditor: 30_000,
      reductionFeePercent: '20',
      refundFeePercent: '30',
      refundFeePercentLawsuit: '30',
      remittanceFeePerPayment: 2_000,
      expenses: 0,
      taxIncluded: false,
    },
    '2026-11-23',
  );
  const aid = legalAidCheck({ householdSize: 1, largeCity: false, monthlyIncome: 150_000, housingCost: 50_000, assets: 0 }, '2026-11-23');
  const texts = stringsIn([diagnosis, checklist, fees, aid]);
  expect(texts.filter((t) => ownFile.test(t))).toEqual([]);
});
