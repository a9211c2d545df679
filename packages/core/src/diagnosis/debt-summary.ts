// The diagnosis headline's debt figures, in one place for every page and sheet: 借金の合計 is what
// the 任意整理 plan divides (its 按分), and a debt left out of it because its limitation may have
// run stands apart with what to do — 援用 (民法145条), never a payment that would acknowledge it
// (民法152条1項). Whatever else is outside the plan (kept on as now, not the debtor's) is summed apart.

import { limitationArticles } from '../law/limitation.js';
import { mayBeTimeBarred } from '../position/limitation-position.js';
import type { DebtSummary, Diagnosis, DiagnosisCreditor } from './diagnosis-model.js';

export const timeBarredAdvice = `時効が完成している可能性があるため、返済計画の按分に含めていません。払ったり払う約束をしたりすると時効の援用ができなくなります(${limitationArticles.acknowledgement}、${limitationArticles.acknowledgementAfter})。時効の援用(${limitationArticles.invocation})を検討してください`;

const timeBarredCreditor = (c: DiagnosisCreditor) => c.contracts.some((k) => k.limitation && mayBeTimeBarred(k.limitation.status));

/** `creditors` after set-off (their `debt` net of their own overpayment); `planKeys` those the plan divides. */
export function debtSummary(
  creditors: readonly DiagnosisCreditor[],
  { planKeys, leftOut, totalDebt }: { planKeys: ReadonlySet<string> } & Pick<Diagnosis, 'leftOut' | 'totalDebt'>,
): DebtSummary {
  const inPlan = creditors.filter((c) => planKeys.has(c.key)).reduce((a, c) => a + c.debt, 0);
  const leftOutForTime = new Set(leftOut.filter((l) => l.reason === 'not-in-plan').map((l) => l.key));
  const timeBarred = creditors
    .filter((c) => c.debt > 0 && leftOutForTime.has(c.key) && timeBarredCreditor(c))
    .map((c) => ({ key: c.key, name: c.name, debt: c.debt }));
  const timeBarredTotal = timeBarred.reduce((a, c) => a + c.debt, 0);
  return { inPlan, timeBarred, timeBarredTotal, timeBarredAdvice, otherOutside: totalDebt - inPlan - timeBarredTotal };
}
