// Parts every procedure row shares: the overpayment claims as the rows see them, the credit-record
// dates per bureau, and yen as the reasons write it.
import { addYears, type CivilDate } from '../civil-date.js';
import { procedureFacts } from '../law/procedures.js';
import type { Yen } from '../money.js';
import type { ProcedureRow } from './diagnosis-model.js';
import type { OverpaymentRecovery } from './overpayment-recovery.js';

export const yen = (amount: Yen) => `${amount.toLocaleString('ja-JP')}円`;

/** The case's overpayment claims as every row needs them. */
export interface Claims {
  setOff: Yen;
  recovery: OverpaymentRecovery;
  /** Creditors still owed something after the set-offs (those a mediation or a plan would include). */
  creditorsOwed: number;
}

export const setOffReason = (claims: Claims) =>
  claims.setOff > 0 ? [`同じ債権者への借金と過払金 ${yen(claims.setOff)} は差し引いて(相殺して)計算しています`] : [];

export const recoverySources = (claims: Claims) => (claims.recovery.claim > 0 ? [claims.recovery.source] : []);

export function creditRecords(today: CivilDate, endOfPayments: CivilDate, gazette: boolean): ProcedureRow['creditRecord'] {
  const f = procedureFacts.creditRecords;
  return [
    { bureau: 'CIC', until: addYears(endOfPayments, f.cicYearsAfterEnd) },
    { bureau: 'JICC', until: addYears(endOfPayments, f.jiccYearsAfterEnd) },
    { bureau: 'KSC(全銀協)', until: gazette ? addYears(today, f.kscYearsAfterGazette) : addYears(endOfPayments, f.kscYearsOther) },
  ];
}

export const monthEnd = (month: string | undefined, fallback: CivilDate) => (month ? `${month}-28` : fallback);
