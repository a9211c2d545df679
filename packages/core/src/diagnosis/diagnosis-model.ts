// What the diagnosis takes and gives: the procedures and their labels, the input, each procedure's
// row and the whole result. Apart from the comparison so the route files can share them.
import type { Assets, Budget, Debtor } from '../case/case-schema.js';
import type { HolderFacts, NotOwedReason } from '../case/contract-holder.js';
import type { CivilDate } from '../civil-date.js';
import type { RefundRoute } from '../law/professional-fees.js';
import type { Yen } from '../money.js';
import type { Affordability } from '../plan/affordability.js';
import type { PlanSettings, SettlementPlan } from '../plan/settlement-plan.js';
import type { LimitationPosition } from '../position/limitation-position.js';
import type { LiquidationValue } from './liquidation-value.js';
import type { OverpaymentRecovery } from './overpayment-recovery.js';
import type { Risk, RiskCreditor } from './risks.js';
import type { StatusQuo } from './status-quo.js';

export type Procedure = 'voluntary' | 'rehabilitation' | 'bankruptcy' | 'mediation';

export const procedureLabels: Record<Procedure, string> = {
  voluntary: '任意整理',
  rehabilitation: '個人再生',
  bankruptcy: '自己破産',
  mediation: '特定調停',
};

export interface DiagnosisCreditor extends RiskCreditor {
  key: string;
  /** The settlement base (the debt position's): the lesser of the claim and the recalculation. */
  debt: Yen;
  /** In the 任意整理 plan's 按分 (the position's default, or the user's choice); absent: in. */
  inPlan?: boolean;
  /** Why it is out of (or in) the 按分 against the default. */
  planReason?: string | null;
  overpaymentClaim: Yen;
  /** 経過利息 from the last transaction to today, added to the plan only when the settings ask. */
  accruedInterest: Yen;
  /** Each contract as paid today (for the status-quo projection); absent: not projected. */
  contracts: (RiskCreditor['contracts'][number] & {
    contractRate?: string | null;
    monthlyPayment?: Yen | null;
    /** What the creditor bills now (claimed, else the settlement base). */
    balance?: Yen | null;
    /** The contract's limitation, from its position. */
    limitation?: LimitationPosition | null;
  } & HolderFacts)[];
}

export interface DiagnosisInput {
  today: CivilDate;
  debtor: Debtor;
  budget: Budget;
  assets: Assets;
  creditors: readonly DiagnosisCreditor[];
  plan: Partial<PlanSettings>;
  /** Plan by a monthly amount split across creditors (按分) instead of by a number of installments. */
  monthlyAmount?: Yen;
  /** A creditor's first payment month ('YYYY-MM') where it differs from the plan's. */
  startMonths?: Record<string, string>;
  safetyMargin: Yen;
  smallItemsKept?: boolean;
  /**
   * How an overpayment claim is expected to be recovered, for the fee taken off it (過払金報酬 cap:
   * 20% out of court, 25% with a lawsuit). Default `out-of-court`.
   */
  overpaymentRoute?: RefundRoute;
  /**
   * Creditors (keys) left out of the 任意整理 plan (a car loan, a guaranteed debt): they are paid
   * on as now, so their current payments come off the budget the plan is tested against.
   */
  exclude?: readonly string[];
}

/** How the overpayment claim figures in a route. */
export interface RowOverpayment {
  /** `recovered` for the debtor (任意整理), the debtor's `property` (個人再生・自己破産), or a `separate` claim (特定調停). */
  treatment: 'recovered' | 'property' | 'separate';
  /** What it is worth in this route (net of the fee where it is recovered or counted). */
  amount: Yen;
}

export interface ProcedureRow {
  procedure: Procedure;
  label: string;
  /** true / false, or null where it cannot be judged from the case file. */
  eligible: boolean | null;
  monthly: Yen | null;
  months: number | null;
  /** Paid to creditors in all. */
  total: Yen | null;
  courtCosts: { min: Yen; max: Yen };
  /** Estimated dates the credit records clear, per bureau. */
  creditRecord: { bureau: string; until: CivilDate }[];
  kept: string[];
  lost: string[];
  restrictions: string[];
  guarantors: string;
  excluded: string[];
  /** Why the row says what it says. */
  reasons: string[];
  sources: string[];
  /** Against the sustainable monthly amount. */
  affordable: boolean | null;
  /** The overpayment claim in this route; null without one. */
  overpayment: RowOverpayment | null;
  /** `total` less what comes back to the debtor (negative: more comes back than is paid); null where nothing comes back. */
  netTotal: Yen | null;
  /** 自己破産 only: 同時廃止 (`summary`) or 管財 (`administration`) as far as the property tells; null elsewhere. */
  bankruptcyTrack: 'summary' | 'administration' | null;
  /** Where the chosen number of installments is longer than the route usually allows, the usual count and its source. */
  monthsBeyondPractice: { typical: number; source: string } | null;
}

/** The headline's debts: what the plan divides, the time-barred apart with what to do, and the rest outside. */
export interface DebtSummary {
  /** 借金の合計: the debts in the plan's 按分 (after recalculation and set-off). */
  inPlan: Yen;
  /** Debts left out of the 按分 because their limitation may have run, each with its debt. */
  timeBarred: { key: string; name: string; debt: Yen }[];
  timeBarredTotal: Yen;
  /** What to do about them, with the articles. */
  timeBarredAdvice: string;
  /** The rest outside the plan: creditors kept on as now, debts not the debtor's. */
  otherOutside: Yen;
}

export interface Diagnosis {
  affordability: Affordability;
  /** Which month \`affordability\` is read from (budget-basis.ts): the monthly plan, else the latest recorded month. */
  budgetBasis: { recordedMonth: string | null; label: string };
  plan: SettlementPlan;
  liquidation: LiquidationValue;
  rows: ProcedureRow[];
  risks: Risk[];
  /** What is owed after recalculation, once each creditor's own overpayment is set off against it (the court routes' base). */
  totalDebt: Yen;
  /** The headline: 借金の合計 in the plan, and the time-barred debts apart with what to do (debt-summary.ts). */
  debts: DebtSummary;
  /** The overpayment claim left after those set-offs: what is to be recovered. */
  overpaymentClaim: Yen;
  /** Debt and overpayment claim of the same creditor set off against each other (相殺), in all. */
  setOff: Yen;
  /** The claim's worth once recovered, net of the fee (the option `overpaymentRoute` decides which cap). */
  recovery: OverpaymentRecovery;
  /** 経過利息 of every creditor, added to the plan only when the settings ask. */
  accruedInterest: Yen;
  /** Doing nothing: every contract paid on as now. */
  statusQuo: StatusQuo;
  /** The excluded creditors paid on as now (their part of the 任意整理 route). */
  excludedStatusQuo: StatusQuo;
  excluded: { key: string; name: string; monthlyPayment: Yen }[];
  /**
   * Creditors out of the plan and not paid on either, each with its reason: every contract not the
   * debtor's (名義盗用 suspected, or another's name not guaranteed), or left out of the 按分 by the
   * debt position (time-barred by default, or the user's choice: `not-in-plan`).
   */
  leftOut: { key: string; name: string; reason: NotOwedReason | 'not-in-plan'; text: string }[];
  /** The fewest installments (up to the maximum) that fit the budget; null when none fits or the plan is by a monthly amount. */
  suggestedInstallments: number | null;
}
