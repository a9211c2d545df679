// What an overpayment claim (過払金 + 過払利息) is worth to the debtor once recovered: the claim less
// the professional fee for recovering it (過払金報酬, at the 日弁連 cap — 20% out of court by default,
// 25% with a lawsuit — plus consumption tax). Which route a case takes is an option: out of court
// is the default because the lower cap is the one that applies until a lawsuit is filed.
import type { CivilDate } from '../civil-date.js';
import { rowOn } from '../law/dated-table.js';
import { consumptionTaxRates, type RefundRoute, refundFeeCap } from '../law/professional-fees.js';
import { divideToYen, formatYenWithUnit, type Yen } from '../money.js';
import { formatRatePercent, PPM, type Rate } from '../rate.js';

export interface OverpaymentRecovery {
  /** The claim left to recover (after any set-off against the same creditor's debt). */
  claim: Yen;
  route: RefundRoute;
  /** The fee rate applied (the cap for the route), and the cap of the other route, for comparison. */
  feeRate: Rate;
  otherRouteFeeRate: Rate;
  /** The fee (rounded down to the yen, as a cap) and its consumption tax (rounded down). */
  fee: Yen;
  tax: Yen;
  /** claim − fee − tax: what the debtor's estate gains. */
  net: Yen;
  source: string;
  /** false when the fee rule's last confirmed day has passed (the last known cap is used). */
  confirmed: boolean;
}

export const refundRouteLabels: Record<RefundRoute, string> = { 'out-of-court': '訴訟外(交渉)', lawsuit: '訴訟' };

export function overpaymentRecovery(overpaymentClaim: Yen, today: CivilDate, route: RefundRoute = 'out-of-court'): OverpaymentRecovery {
  const cap = refundFeeCap(today, route);
  const other = refundFeeCap(today, route === 'lawsuit' ? 'out-of-court' : 'lawsuit');
  const fee = divideToYen(BigInt(overpaymentClaim) * BigInt(cap.rate), BigInt(PPM), 'down');
  const tax = divideToYen(fee * (rowOn(consumptionTaxRates, today)?.value ?? 0), PPM, 'down');
  return {
    claim: overpaymentClaim,
    route,
    feeRate: cap.rate,
    otherRouteFeeRate: other.rate,
    fee,
    tax,
    net: overpaymentClaim - fee - tax,
    source: cap.source,
    confirmed: cap.confirmed,
  };
}

/**
 * The working in words: "過払金 3,090,000円(過払金報酬を訴訟外の上限 20% とし(既定。訴訟なら 25%)、消費税と
 * あわせて 679,800円 を引くと 2,410,200円)".
 */
export function recoveryWorking(recovery: OverpaymentRecovery): string {
  const rate = `${formatRatePercent(recovery.feeRate)}%`;
  const other = `${formatRatePercent(recovery.otherRouteFeeRate)}%`;
  const route =
    recovery.route === 'lawsuit' ? `訴訟の上限 ${rate} とし(訴訟外なら ${other})` : `訴訟外の上限 ${rate} とし(既定。訴訟なら ${other})`;
  const unconfirmed = recovery.confirmed ? '' : '。この上限が今も続いているかは未確認です';
  return `過払金 ${formatYenWithUnit(recovery.claim)}(過払金報酬を${route}、消費税とあわせて ${formatYenWithUnit(recovery.fee + recovery.tax)} を引くと ${formatYenWithUnit(recovery.net)}${unconfirmed})`;
}
