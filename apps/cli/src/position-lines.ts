// A creditor's debt position as the CLI prints it (wakai negotiation, wakai plan): the position's
// figures only — claim, recalculation, settlement base, 経過利息 apart, overpayment to its date with
// the time-barred part, the limitation with its summary and questions, and its warnings.
import { type DebtPosition, limitationQuestions, limitationStatusLabels, limitationSummary, formatYenWithUnit as yen } from '@wakai/core';

const orDash = (amount: number | null) => (amount === null ? '—' : yen(amount));

/** The figures, the plan's choice and the warnings other than the limitation's. */
export function positionFigureLines(position: DebtPosition, indent = '  '): string[] {
  const { overpayment } = position;
  const lines = [
    `${indent}請求額 ${orDash(position.claimed)} / 引き直し後 ${position.recalculated === null ? '(履歴なし)' : yen(position.recalculated)} / 交渉の基準額 ${yen(position.settlementBase)}(請求額と引き直し後の少ない方)`,
    `${indent}経過利息(元金とは別) ${yen(position.accruedInterest)}`,
  ];
  if (overpayment.amount > 0)
    lines.push(
      `${indent}過払金 ${yen(overpayment.recoverable)}(${overpayment.asOf}時点${overpayment.barred > 0 ? `。うち時効の可能性 ${yen(overpayment.barred)} は含めていません` : ''})`,
    );
  if (!position.plan.included && position.plan.reason) lines.push(`${indent}按分: 含めない — ${position.plan.reason}`);
  for (const warning of position.warnings.filter((w) => !w.code.startsWith('limitation-')))
    lines.push(`${indent}⚠ ${warning.message}(根拠: ${warning.source})`);
  return lines;
}

/** The limitation: the creditor's status, each contract's summary and the questions for the missing facts. */
export function positionLimitationLines(position: DebtPosition, indent = '  '): string[] {
  const lines = [`${indent}時効: ${limitationStatusLabels[position.limitationStatus]}`];
  for (const contract of position.contracts) {
    if (contract.limitation.status === 'not-applicable') continue;
    lines.push(`${indent}  ${contract.label || '契約'}: ${limitationSummary(contract.limitation)}`);
    lines.push(...limitationQuestions(contract.limitation).map((q) => `${indent}    ? ${q}`));
  }
  for (const warning of position.warnings.filter((w) => w.code.startsWith('limitation-')))
    lines.push(`${indent}⚠ ${warning.message}(根拠: ${warning.source})`);
  return lines;
}
