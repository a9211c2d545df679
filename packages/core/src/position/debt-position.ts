// One debt position per creditor on a date, from the case's facts, the histories' figures and the
// settings — the one place every figure and status of a debt is worked out (docs/law/debt-position.md).

import type { ContractInput } from '../case/case-schema.js';
import { type NotOwedReason, notOwedReason, notOwedText } from '../case/contract-holder.js';
import type { OriginalCreditor } from '../case/debt-facts.js';
import type { Profession } from '../case/letterhead-schema.js';
import type { CivilDate } from '../civil-date.js';
import { sumYen, type Yen } from '../money.js';
import { creditorRegime, lateChargeLimit } from './creditor-regime.js';
import type { HistoryFigures } from './history-figures.js';
import { limitationPosition, mayBeTimeBarred } from './limitation-position.js';
import type { ContractPosition, DebtPosition, Overpayment, PlanInclusion } from './position-types.js';
import { positionWarnings } from './position-warnings.js';
import { scrivenerLimitOf } from './scrivener-limit.js';

export interface PositionContract extends ContractInput {
  id?: string;
  history: HistoryFigures;
}

export interface PositionCreditor {
  id: string;
  name: string;
  kind: string;
  originalCreditor?: OriginalCreditor;
  inPlan?: boolean | null;
  contracts: readonly PositionContract[];
  /** A 受任通知 went to this creditor (its negotiation passed that step). */
  noticeSent?: boolean;
}

export interface PositionSettings {
  on: CivilDate;
  /** The acting office's profession, where one acts (the 140万 check applies to a 認定司法書士). */
  profession?: Profession | null;
  /** Whether an office acts for the debtor; null: taken to act once a 受任通知 is recorded. */
  officeActs?: boolean | null;
}

/** The lesser of the claim and the recalculation: a recalculation is a defence, never a reason to offer more. */
function settlementBaseOf(claimed: Yen | null, recalculated: Yen | null): Yen {
  if (recalculated === null) return claimed ?? 0;
  const owed = Math.max(0, recalculated);
  return claimed === null ? owed : Math.min(claimed, owed);
}

function overpaymentOf(figures: readonly HistoryFigures[], on: CivilDate): Overpayment {
  const amount = sumYen(figures.map((f) => f.overpaymentClaim));
  const barred = sumYen(figures.map((f) => f.overpaymentBarred));
  const limits = figures.flatMap((f) => (f.overpaymentLimitation ? [f.overpaymentLimitation] : [])).sort();
  return {
    amount,
    principal: sumYen(figures.map((f) => f.overpaymentPrincipal)),
    asOf: on,
    barred,
    recoverable: amount - barred,
    limitationOn: limits[0] ?? null,
  };
}

export function contractPosition(creditor: PositionCreditor, contract: PositionContract, on: CivilDate): ContractPosition {
  const { history } = contract;
  const settlementBase = settlementBaseOf(contract.claimedBalance, history.recalculated);
  const limitation = limitationPosition(
    {
      creditor: { kind: creditor.kind, name: creditor.name, originalCreditor: creditor.originalCreditor ?? null },
      contractDate: contract.contractDate,
      contractKind: contract.kind,
      facts: contract.limitation,
      lastPayment: history.lastRepayment ?? contract.lastPaymentDate,
      dueDay: contract.dueDay,
      paying: !contract.delinquent,
      owed: settlementBase > 0,
    },
    on,
  );
  return {
    contractId: contract.id ?? null,
    label: contract.label,
    kind: contract.kind,
    claimed: contract.claimedBalance,
    recalculated: history.recalculated,
    principal: history.principal,
    accruedInterest: history.accruedInterest,
    settlementBase,
    overpayment: overpaymentOf([history], on),
    limitation,
    lateChargeLimit: lateChargeLimit(contract.kind, contract.contractDate),
    monthlyPayment: contract.monthlyPayment ?? 0,
    transactions: history.transactions,
  };
}

/** Has run only where every owed contract has; may have run where any may have or has. */
function creditorLimitation(contracts: readonly ContractPosition[]): DebtPosition['limitationStatus'] {
  const owed = contracts.filter((c) => c.limitation.status !== 'not-applicable');
  if (owed.length === 0) return 'not-applicable';
  if (owed.every((c) => c.limitation.status === 'has-run')) return 'has-run';
  return owed.some((c) => c.limitation.status !== 'running') ? 'may-have-run' : 'running';
}

const timeBarredReason =
  '時効が完成している可能性があるため、按分から外しています(払う約束をすると時効を主張できなくなります。民法152条1項、最判昭和41年4月20日)';

/** Every contract not the debtor's (contract-holder.ts): the creditor is not owed by the debtor at all. */
function notOwedOf(contracts: readonly PositionContract[]): { reason: NotOwedReason; text: string } | null {
  const reasons = contracts.map((k) => notOwedReason(k));
  if (contracts.length === 0 || reasons.some((r) => r === null)) return null;
  const reason = reasons.includes('identity-theft') ? 'identity-theft' : 'other-holder';
  return { reason, text: notOwedText(reason, contracts.find((k) => notOwedReason(k) === reason)?.holder) };
}

/**
 * Out of the 按分 where the debtor does not owe it (another's name, 名義盗用: always), and by default
 * where the limitation may have run or has run, or nothing is owed; otherwise the user's choice wins.
 */
function planInclusion(
  chosen: boolean | null,
  position: Pick<DebtPosition, 'limitationStatus' | 'settlementBase'>,
  contracts: readonly PositionContract[],
): PlanInclusion {
  const notOwed = notOwedOf(contracts);
  if (notOwed) return { included: false, notOwed: notOwed.reason, chosen, reason: notOwed.text };
  const timeBarred = mayBeTimeBarred(position.limitationStatus);
  if (chosen === true)
    return {
      included: true,
      notOwed: null,
      chosen,
      reason: timeBarred ? '時効の可能性がありますが、ご自身の選択で按分に入れています(民法152条1項)' : null,
    };
  if (chosen === false) return { included: false, notOwed: null, chosen, reason: 'ご自身の選択で按分から外しています' };
  return { included: !timeBarred && position.settlementBase > 0, notOwed: null, chosen, reason: timeBarred ? timeBarredReason : null };
}

const total = (values: readonly (Yen | null)[]): Yen | null => (values.some((v) => v !== null) ? sumYen(values.map((v) => v ?? 0)) : null);

export function debtPosition(creditor: PositionCreditor, settings: PositionSettings): DebtPosition {
  const { on } = settings;
  const contracts = creditor.contracts.map((contract) => contractPosition(creditor, contract, on));
  const officeActs = settings.officeActs ?? null;
  const actingFor = officeActs === true || (officeActs === null && creditor.noticeSent === true) ? 'office' : 'self';
  const figures = {
    claimed: total(contracts.map((c) => c.claimed)),
    recalculated: total(contracts.map((c) => c.recalculated)),
    principal: total(contracts.map((c) => c.principal)),
    accruedInterest: sumYen(contracts.map((c) => c.accruedInterest)),
    settlementBase: sumYen(contracts.map((c) => c.settlementBase)),
    overpayment: overpaymentOf(
      creditor.contracts.map((c) => c.history),
      on,
    ),
    limitationStatus: creditorLimitation(contracts),
  };
  const scrivenerLimit = settings.profession === 'scrivener' ? scrivenerLimitOf(contracts, figures.overpayment) : null;
  const position: DebtPosition = {
    creditorId: creditor.id,
    name: creditor.name,
    creditorKind: creditor.kind,
    on,
    contracts,
    ...figures,
    regime: creditorRegime({ kind: creditor.kind, name: creditor.name, originalCreditor: creditor.originalCreditor ?? null }),
    actingFor,
    scrivenerLimit,
    plan: planInclusion(creditor.inPlan ?? null, figures, creditor.contracts),
    monthlyPayment: sumYen(contracts.map((c) => c.monthlyPayment)),
    transactions: sumYen(contracts.map((c) => c.transactions)),
    warnings: [],
  };
  position.warnings = positionWarnings(position);
  return position;
}

/** Every creditor's position on the same date and settings. */
export function debtPositions(creditors: readonly PositionCreditor[], settings: PositionSettings): DebtPosition[] {
  return creditors.map((creditor) => debtPosition(creditor, settings));
}
