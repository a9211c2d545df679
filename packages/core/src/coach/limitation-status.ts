// 時効 status of each contract: the day its limitation period is completed, counted from the last
// payment, and whether that day has passed. The period and its source come from the dated table
// in law/limitation.ts; how the days are counted is a conservative reading stated in `counting`.
import { addYears, type CivilDate } from '../civil-date.js';
import { rowOn } from '../law/dated-table.js';
import { debtLimitationRules } from '../law/limitation.js';

export interface LimitationContract {
  label: string;
  /** The contract's date (which rule applies, 民法附則10条4項); null when unknown. */
  contractDate: CivilDate | null;
  /** The last repayment in the transaction history, where there is one. */
  lastRepaymentInHistory: CivilDate | null;
  /** The last payment the user typed on the contract (used when the history has none). */
  lastPaymentDate: CivilDate | null;
  /** The recalculated history leaves nothing owed (paid off or overpaid): no debt to be time-barred. */
  nothingOwed?: boolean;
}

export interface LimitationStatus {
  label: string;
  lastPayment: CivilDate | null;
  /** Where the last payment date comes from. */
  basis: 'history' | 'contract' | 'none';
  years: number | null;
  /** The last day of the period (it is completed at the end of this day); null without a last payment. */
  completesOn: CivilDate | null;
  /** `on` is after `completesOn`, and something is owed. */
  passed: boolean;
  /** Nothing is owed after recalculation: the debt's limitation does not arise (an overpayment has its own). */
  nothingOwed: boolean;
  source: string;
}

/**
 * How the period is counted here (the domain notes give the periods, not the counting): from the
 * last payment, the anniversary day being the last day of the period. The period truly starts
 * when the creditor could claim (usually the next due date, or acceleration), which is later, so
 * this date is the earliest the period can be completed, never a guarantee that it is.
 */
export const limitationCounting =
  '最後の返済日から数えた、時効期間が満了する最も早い日です。実際には次の返済期日(または期限の利益を失った日)から数えるため、これより後になることがあります。判決があると10年になり、支払いや借金を認めること(承認)でやり直しになります。';

/** Creditors whose claims were not 商事 before 2020-04-01 (docs/law/recalculation.md: 信用金庫 and individuals). */
function nonCommercial(kind: string, creditorName: string): boolean {
  return kind === 'individual' || /信用金庫/.test(creditorName);
}

export function limitationStatus(contract: LimitationContract, creditor: { name: string; kind: string }, on: CivilDate): LimitationStatus {
  const lastPayment = contract.lastRepaymentInHistory ?? contract.lastPaymentDate;
  const basis = contract.lastRepaymentInHistory ? 'history' : contract.lastPaymentDate ? 'contract' : 'none';
  // Unknown contract date: read as the older rule, whose longer period never declares a debt barred too early.
  const row = rowOn(debtLimitationRules, contract.contractDate ?? '2020-03-31');
  const nothingOwed = contract.nothingOwed === true;
  if (lastPayment === null || !row)
    return {
      label: contract.label,
      lastPayment,
      basis,
      years: null,
      completesOn: null,
      passed: false,
      nothingOwed,
      source: row?.source ?? '',
    };
  const years = nonCommercial(creditor.kind, creditor.name) ? row.value.nonCommercialYears : row.value.years;
  const completesOn = addYears(lastPayment, years);
  return {
    label: contract.label,
    lastPayment,
    basis,
    years,
    completesOn,
    passed: !nothingOwed && on > completesOn,
    nothingOwed,
    source: row.source,
  };
}
