// The working of a ledger row in words, for the ledger views and documents.
import { formatYenWithUnit, type RoundingMode } from '../money.js';
import { formatRatePercent } from '../rate.js';
import type { AccrualPart } from './accrual.js';
import { optionLabels } from './options.js';
import type { LedgerRow } from './recalc.js';

/** One line per step the row took, in Japanese. */
export function explainRow(row: LedgerRow, rounding: RoundingMode = 'down'): string[] {
  const lines: string[] = [];
  const roundingLabel = optionLabels[rounding] ?? rounding;
  if (row.interestParts.length > 0) {
    const principal = row.balance + row.paidToPrincipal - (row.borrow - row.nettedInterest - row.nettedOverpayment);
    lines.push(
      `利息: ${formatYenWithUnit(principal)} × ${formatParts(row.interestParts)} = ${formatYenWithUnit(row.interest)}(${roundingLabel}${row.firstDayCounted ? '、初日算入' : ''})`,
    );
  }
  if (row.overpaymentInterestBases && row.overpaymentInterestBases.length > 0) {
    // per-increment: each part at the rate of the day it arose (民法404条1項、改正民法附則15条1項).
    const terms = row.overpaymentInterestBases.map((b) => `${formatYenWithUnit(b.overpayment)} × ${formatParts(b.parts)}`);
    lines.push(
      `過払利息: ${terms.join(' + ')} = ${formatYenWithUnit(row.overpaymentInterestAccrued)}(民法704条、最判H21.9.4。増加分ごとに発生時の法定利率)`,
    );
  } else if (row.overpaymentInterestParts.length > 0) {
    const overpayment = row.overpayment - row.paidToOverpayment + row.nettedOverpayment;
    lines.push(
      `過払利息: ${formatYenWithUnit(overpayment)} × ${formatParts(row.overpaymentInterestParts)} = ${formatYenWithUnit(row.overpaymentInterestAccrued)}(民法704条、最判H21.9.4)`,
    );
  }
  if (row.nettedInterest > 0 || row.nettedOverpayment > 0) {
    lines.push(
      `借入 ${formatYenWithUnit(row.borrow)} を過払利息 ${formatYenWithUnit(row.nettedInterest)}・過払金 ${formatYenWithUnit(row.nettedOverpayment)} と相殺(最判H25.4.11)`,
    );
  }
  if (row.tier) {
    const change = row.tier.lowered ? 'に引き下げ' : '';
    lines.push(
      `借入後の元本 ${formatYenWithUnit(row.tier.principal)} → 上限利率 ${row.tier.rate}%${change}(${row.tier.source}、最判H22.4.20。元本が減っても上がりません)`,
    );
  }
  if (row.repay > 0) {
    lines.push(
      `返済 ${formatYenWithUnit(row.repay)} → 未払利息 ${formatYenWithUnit(row.paidToInterest)}、元本 ${formatYenWithUnit(row.paidToPrincipal)}、過払 ${formatYenWithUnit(row.paidToOverpayment)}(民法489条)`,
    );
  }
  if (row.estimated) lines.push('推定の取引(業者の記録ではありません)');
  return lines;
}

/** `18% × 29/366`, or `(18% × 10/365 + 18% × 19/366)` for a split period. */
export function formatParts(parts: readonly AccrualPart[]): string {
  const terms = parts.map(
    (part) => `${formatRatePercent(part.rate)}% × ${part.per === 1 ? `${part.count}年` : `${part.count}/${part.per}`}`,
  );
  return terms.length === 1 ? (terms[0] as string) : `(${terms.join(' + ')})`;
}
