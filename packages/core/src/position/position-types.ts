// The debt position: everything the case knows about one debt on a date, computed once
// (position/debt-position.ts) and read by the plan, diagnosis, board, coach, deadlines, every
// document and every page (docs/law/debt-position.md). Nothing downstream works out its own.

import type { NotOwedReason } from '../case/contract-holder.js';
import type { ContractKind } from '../case/debt-facts.js';
import type { CivilDate } from '../civil-date.js';
import type { Yen } from '../money.js';
import type { CreditorRegime, LateChargeLimit } from './creditor-regime.js';
import type { LimitationPosition, LimitationStatusCode } from './limitation-position.js';

export interface Overpayment {
  /** 過払元金 + 過払利息 to `asOf`. */
  amount: Yen;
  principal: Yen;
  asOf: CivilDate;
  /** The part of `amount` whose 10-year limitation has run (最判H21.1.22): not recoverable, not property. */
  barred: Yen;
  /** What can still be claimed: `amount − barred`. */
  recoverable: Yen;
  /** The earliest limitation date of a claim in the histories. */
  limitationOn: CivilDate | null;
}

export type PositionWarningCode =
  | 'recalc-exceeds-claim'
  | 'limitation-may-have-run'
  | 'limitation-has-run'
  | 'overpayment-barred'
  | 'scrivener-limit'
  | 'scrivener-limit-with-interest'
  | 'shopping-late-charges';

export interface PositionWarning {
  code: PositionWarningCode;
  /** Japanese, for the user, with the source cited. */
  message: string;
  source: string;
}

export interface ContractPosition {
  contractId: string | null;
  label: string;
  kind: ContractKind;
  claimed: Yen | null;
  /** Recalculated principal + unpaid interest at the last transaction; null without a history. */
  recalculated: Yen | null;
  principal: Yen | null;
  /** 経過利息 from the last transaction to the position's date. */
  accruedInterest: Yen;
  /** The lesser of the claim and the recalculation for a live debt; 0 when overpaid or paid off. */
  settlementBase: Yen;
  overpayment: Overpayment;
  limitation: LimitationPosition;
  lateChargeLimit: LateChargeLimit;
  monthlyPayment: Yen;
  transactions: number;
}

/** Who speaks to the creditor: an office once its notice is sent, or the debtor alone. */
export type ActingFor = 'office' | 'self';

export interface ScrivenerLimit {
  /** 1,400,000 yen per claim (司法書士法3条1項7号). */
  limit: Yen;
  /** The claim's value as measured: the amount claimed (or the settlement base), or the 過払元金. */
  value: Yen;
  exceeded: boolean;
  /** 元金 is within, but 元金 + 利息 passes the limit. */
  withInterestExceeded: boolean;
  source: string;
}

export interface PlanInclusion {
  included: boolean;
  /** Why the debtor does not owe it at all (名義盗用 suspected, another's name not guaranteed), where so. */
  notOwed: NotOwedReason | null;
  /** Why it is out (or why it is in against the default), in Japanese; null where nothing needs saying. */
  reason: string | null;
  /** The user's choice, overriding the default; null where the default applies. */
  chosen: boolean | null;
}

/** One creditor's debt position (its contracts together). */
export interface DebtPosition {
  creditorId: string;
  name: string;
  creditorKind: string;
  on: CivilDate;
  contracts: ContractPosition[];
  claimed: Yen | null;
  recalculated: Yen | null;
  principal: Yen | null;
  accruedInterest: Yen;
  settlementBase: Yen;
  overpayment: Overpayment;
  /** The creditor's limitation, read from its contracts: has run only where every owed contract has. */
  limitationStatus: LimitationStatusCode;
  regime: CreditorRegime;
  actingFor: ActingFor;
  scrivenerLimit: ScrivenerLimit | null;
  plan: PlanInclusion;
  monthlyPayment: Yen;
  transactions: number;
  warnings: PositionWarning[];
}
