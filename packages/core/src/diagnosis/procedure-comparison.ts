import { budgetBasis } from '../case/budget-basis.js';
import { notOwedReason, notOwedText } from '../case/contract-holder.js';
import { affordability } from '../plan/affordability.js';
import {
  addMonths,
  defaultPlanSettings,
  type PlanSettings,
  planForMonthlyAmount,
  planWithinBudget,
  settlementPlan,
} from '../plan/settlement-plan.js';
import { bankruptcyRow, mediationRow, rehabilitationRow } from './court-routes.js';
import { debtSummary } from './debt-summary.js';
import type { Diagnosis, DiagnosisCreditor, DiagnosisInput } from './diagnosis-model.js';
import { liquidationValue } from './liquidation-value.js';
import { overpaymentRecovery } from './overpayment-recovery.js';
import { risksFor } from './risks.js';
import type { Claims } from './row-parts.js';
import { type StatusQuoContract, statusQuo } from './status-quo.js';
import { voluntaryRow } from './voluntary-route.js';

export * from './diagnosis-model.js';

/** A creditor's contracts as the status-quo projection reads them. */
export function statusQuoContracts(creditors: readonly DiagnosisCreditor[]): StatusQuoContract[] {
  return creditors.flatMap((c) =>
    c.contracts.map((k) => ({
      creditor: c.name,
      label: k.label,
      balance: k.balance ?? k.claimedBalance,
      rate: k.contractRate ?? null,
      monthlyPayment: k.monthlyPayment ?? null,
    })),
  );
}

export function diagnose(input: DiagnosisInput): Diagnosis {
  const { today } = input;
  const basis = budgetBasis(input.budget);
  const money = affordability(basis.month, input.safetyMargin);
  // A creditor that both is owed and owes an overpayment nets within itself: only the rest is debt or claim.
  const creditors = input.creditors.map((c) => {
    const setOff = Math.min(c.debt, c.overpaymentClaim);
    return { ...c, debt: c.debt - setOff, overpaymentClaim: c.overpaymentClaim - setOff, setOff };
  });
  const totalDebt = creditors.reduce((a, c) => a + c.debt, 0);
  const overpaymentClaim = creditors.reduce((a, c) => a + c.overpaymentClaim, 0);
  const setOff = creditors.reduce((a, c) => a + c.setOff, 0);
  const recovery = overpaymentRecovery(overpaymentClaim, today, input.overpaymentRoute);
  const settings: PlanSettings = {
    ...defaultPlanSettings,
    startMonth: addMonths(today.slice(0, 7), 6),
    ...input.plan,
    monthlyBudget: money.sustainable,
  };
  const excludedKeys = new Set(input.exclude ?? []);
  const excluded = input.creditors.filter((c) => excludedKeys.has(c.key));
  const excludedStatusQuo = statusQuo(statusQuoContracts(excluded));
  // The excluded creditors keep their current payments: the plan has what is left of the budget.
  settings.monthlyBudget = Math.max(0, money.sustainable - excludedStatusQuo.monthly);
  settings.exclude = [...excludedKeys];
  const leftOut = leftOutCreditors(input.creditors, excludedKeys);
  const planCreditors = creditors
    .filter((c) => c.debt > 0 && !excludedKeys.has(c.key) && !leftOut.some((l) => l.key === c.key))
    .map((c) => ({
      key: c.key,
      name: c.name,
      principal: c.debt,
      accruedInterest: c.accruedInterest,
      ...(input.startMonths?.[c.key] ? { startMonth: input.startMonths[c.key] } : {}),
    }));
  const plan =
    input.monthlyAmount === undefined
      ? settlementPlan(planCreditors, settings)
      : planForMonthlyAmount(planCreditors, input.monthlyAmount, settings);
  const suggested =
    input.monthlyAmount === undefined && planCreditors.length > 0
      ? planWithinBudget(planCreditors, { ...settings, monthlyBudget: settings.monthlyBudget })
      : null;
  const liquidation = liquidationValue(input.assets, { smallItemsKept: input.smallItemsKept ?? false, overpaymentClaim: recovery.net });
  const claims: Claims = { setOff, recovery, creditorsOwed: creditors.filter((c) => c.debt > 0).length };
  const rows = [
    voluntaryRow(input, plan, { ...money, sustainable: settings.monthlyBudget }, claims, excludedStatusQuo),
    rehabilitationRow(input, totalDebt, liquidation, money, claims),
    bankruptcyRow(input, liquidation, claims),
    mediationRow(input, totalDebt, plan, money, claims),
  ];
  return {
    affordability: money,
    budgetBasis: { recordedMonth: basis.recordedMonth, label: basis.label },
    plan,
    liquidation,
    rows,
    risks: risksFor(input),
    totalDebt,
    debts: debtSummary(creditors, { planKeys: new Set(planCreditors.map((c) => c.key)), leftOut, totalDebt }),
    overpaymentClaim,
    setOff,
    recovery,
    accruedInterest: input.creditors.reduce((a, c) => a + c.accruedInterest, 0),
    statusQuo: statusQuo(statusQuoContracts(input.creditors)),
    excludedStatusQuo,
    excluded: excluded.map((c) => ({ key: c.key, name: c.name, monthlyPayment: sumPayments(c) })),
    leftOut,
    suggestedInstallments: suggested?.feasible ? suggested.installments : null,
  };
}

const sumPayments = (c: DiagnosisCreditor) => c.contracts.reduce((a, k) => a + (k.monthlyPayment ?? 0), 0);

/** A creditor every contract of which is not the debtor's (contract-holder.ts) stays out of the plan, with the reason. */
function leftOutCreditors(creditors: readonly DiagnosisCreditor[], excluded: ReadonlySet<string>): Diagnosis['leftOut'] {
  return creditors.flatMap((c): Diagnosis['leftOut'] => {
    const reasons = c.contracts.map((k) => notOwedReason(k));
    const first = c.contracts[0];
    if (!first || reasons.some((r) => r === null))
      return c.inPlan === false && c.debt > 0 && !excluded.has(c.key)
        ? [{ key: c.key, name: c.name, reason: 'not-in-plan', text: c.planReason ?? '按分から外しています' }]
        : [];
    const reason = reasons.includes('identity-theft') ? 'identity-theft' : 'other-holder';
    const holderOf = c.contracts.find((k) => notOwedReason(k) === reason)?.holder;
    return [{ key: c.key, name: c.name, reason, text: notOwedText(reason, holderOf) }];
  });
}
