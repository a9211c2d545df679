// The figures of the case overview, read from the debt positions: per creditor, what is claimed
// against what the recalculation gives, the settlement base and the overpayment, and the monthly
// payments today against the household budget.
import type { CivilDate } from '../civil-date.js';
import type { DiagnosisCreditor } from '../diagnosis/diagnosis-model.js';
import { sumYen, type Yen } from '../money.js';
import type { PositionContract } from '../position/debt-position.js';
import type { DebtPosition } from '../position/position-types.js';
import { type BudgetSummary, summarizeBudget } from './budget.js';
import { budgetBasis } from './budget-basis.js';
import type { Budget } from './case-schema.js';

export interface CreditorFigures {
  name: string;
  /** What the creditor claims (請求残高), null where unknown. */
  claimed: Yen | null;
  /** Principal + unpaid interest after recalculation; null without a history. */
  recalculated: Yen | null;
  /** The settlement base: the lesser of the claim and the recalculation (the debt position's). */
  debt: Yen;
  /** 過払金 + 過払利息 that can still be claimed (the time-barred part left out). */
  overpaymentClaim: Yen;
  monthlyPayment: Yen;
  transactions: number;
  overpaymentLimitation: CivilDate | null;
  accruedInterest: Yen;
}

export interface CaseOverview {
  creditors: CreditorFigures[];
  totals: { claimed: Yen; debt: Yen; overpaymentClaim: Yen; monthlyPayment: Yen };
  budget: BudgetSummary;
  /** Which month \`budget\` is read from (budget-basis.ts): the monthly plan, else the latest recorded month. */
  budgetBasis: { recordedMonth: string | null; label: string };
}

/** A position's figures as the overview, the documents and the diagnosis list them. */
export function creditorFigures(position: DebtPosition): CreditorFigures {
  return {
    name: position.name,
    claimed: position.claimed,
    recalculated: position.recalculated,
    debt: position.settlementBase,
    overpaymentClaim: position.overpayment.recoverable,
    monthlyPayment: position.monthlyPayment,
    transactions: position.transactions,
    overpaymentLimitation: position.overpayment.limitationOn,
    accruedInterest: position.accruedInterest,
  };
}

export function caseOverview(positions: readonly DebtPosition[], budget: Budget): CaseOverview {
  const rows = positions.map(creditorFigures);
  const sum = (value: (row: CreditorFigures) => number) => sumYen(rows.map(value));
  const basis = budgetBasis(budget);
  return {
    creditors: rows,
    totals: {
      claimed: sum((r) => r.claimed ?? 0),
      debt: sum((r) => r.debt),
      overpaymentClaim: sum((r) => r.overpaymentClaim),
      monthlyPayment: sum((r) => r.monthlyPayment),
    },
    budget: summarizeBudget(basis.month),
    budgetBasis: { recordedMonth: basis.recordedMonth, label: basis.label },
  };
}

/** The diagnosis's view of each creditor, read from its position, with the facts the risk rules read. */
export function diagnosisCreditors(
  positions: readonly DebtPosition[],
  creditors: readonly { id: string; guarantorCompany: string; contracts: readonly PositionContract[] }[],
): DiagnosisCreditor[] {
  return positions.map((position) => {
    const creditor = creditors.find((c) => c.id === position.creditorId);
    const figures = creditorFigures(position);
    return {
      key: position.creditorId,
      name: position.name,
      kind: position.creditorKind,
      guarantorCompany: creditor?.guarantorCompany ?? '',
      claimed: figures.claimed,
      debt: figures.debt,
      overpaymentClaim: figures.overpaymentClaim,
      overpaymentLimitation: figures.overpaymentLimitation,
      accruedInterest: figures.accruedInterest,
      inPlan: position.plan.included,
      planReason: position.plan.reason,
      contracts: (creditor?.contracts ?? []).map((k, index) => ({
        guarantorPerson: k.guarantorPerson,
        purpose: k.purpose,
        lastPaymentDate: k.lastPaymentDate,
        claimedBalance: k.claimedBalance,
        label: k.label,
        contractRate: k.contractRate,
        monthlyPayment: k.monthlyPayment,
        balance: k.claimedBalance ?? position.contracts[index]?.settlementBase ?? null,
        limitation: position.contracts[index]?.limitation ?? null,
        holder: k.holder,
        identityTheft: k.identityTheft,
      })),
    };
  });
}
