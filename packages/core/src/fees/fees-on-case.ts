// The case's figures a fee quote is measured on (creditors handled, reduction, overpayment recovered,
// payments remitted) and what each quote comes to and leaves over: the figures of the diagnosis
// page's fee panel, so the page adds up nothing itself.
import { budgetBasis } from '../case/budget-basis.js';
import type { CivilDate } from '../civil-date.js';
import type { Diagnosis, DiagnosisInput } from '../diagnosis/procedure-comparison.js';
import type { Yen } from '../money.js';
import { type FeeCase, type FeeQuote, type FeeTotal, feeTotal } from './fee-quote.js';
import type { LegalAidInput } from './legal-aid.js';

/** The case as a quote sees it; `remittances` counts every installment of every creditor (used when a quote remits). */
export function feeCaseOf(diagnosis: Diagnosis, creditors: DiagnosisInput['creditors']): FeeCase {
  return {
    creditors: creditors.filter((c) => c.debt > 0 || c.overpaymentClaim > 0).length,
    // 減額: what the creditors claim beyond what is owed after recalculation.
    reduction: creditors.reduce((a, c) => a + Math.max(0, (c.claimed ?? c.debt) - c.debt), 0),
    refund: diagnosis.overpaymentClaim,
    refundByLawsuit: 0,
    remittances: diagnosis.plan.creditors.reduce((a, c) => a + c.installments, 0),
  };
}

/** What a quote comes to on the case, and reduction + overpayment recovered − that total. */
export function quoteOnCase(quote: FeeQuote, feeCase: FeeCase, date: CivilDate): { total: FeeTotal; benefit: Yen } {
  const total = feeTotal(quote, { ...feeCase, remittances: quote.remittanceFeePerPayment > 0 ? feeCase.remittances : 0 }, date);
  return { total, benefit: feeCase.reduction + feeCase.refund - total.total };
}

/** The 法テラス means test's input from the case: household, income, housing cost, cash and deposits. */
export function legalAidInputOf(input: Pick<DiagnosisInput, 'debtor' | 'budget' | 'assets'>, monthlyIncome: Yen): LegalAidInput {
  return {
    householdSize: 1 + input.debtor.householdMembers.length,
    largeCity: input.debtor.largeCity,
    monthlyIncome,
    housingCost: budgetBasis(input.budget).month.spending.rent ?? 0,
    assets: input.assets.cash + input.assets.deposits.reduce((a, d) => a + d.balance, 0),
  };
}
