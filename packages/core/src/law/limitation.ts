import type { DatedTable } from './dated-table.js';
/**
 * 過払金返還請求権の消滅時効: 10 years from the end of the transaction where a 充当合意 exists
 * (最判H21.1.22). Since 2020-04-01 it is the earlier of 5 years from knowledge and 10 years
 * (民法166条1項); the 10-year date is the latest the claim can run, so it is what we can compute.
 */
export const overpaymentLimitation = {
  years: 10,
  source: '最判H21.1.22; 民法166条1項2号',
} as const;

/**
 * 消滅時効 of an ordinary consumer debt, by the date of the contract it arises from (民法附則10条4項:
 * a claim whose cause, the contract, is dated before 2020-04-01 keeps the old rule). docs/law/recalculation.md
 * "Limitation": before, 5 years for lenders and banks (旧商法522条) and 10 years for 信用金庫 and
 * individuals (旧民法167条1項); since, 5 years from when the creditor knew (民法166条1項1号).
 */
export const debtLimitationRules: DatedTable<{ years: number; nonCommercialYears: number }> = [
  {
    from: '1900-01-01',
    to: '2020-03-31',
    value: { years: 5, nonCommercialYears: 10 },
    source: '旧商法522条(貸金業者・銀行の債権は5年); 旧民法167条1項(信用金庫・個人の債権は10年)',
  },
  { from: '2020-04-01', value: { years: 5, nonCommercialYears: 5 }, source: '民法166条1項1号(知った時から5年)' },
];

/** 承認 (a payment, or any word admitting the debt) renews the period (民法152条1項). */
export const acknowledgementRenews = { source: '民法152条1項(承認による時効の更新)' } as const;
