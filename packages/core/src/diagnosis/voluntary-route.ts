// The 任意整理 row of the comparison: the plan against the budget, the overpayment recovered.
import type { Affordability } from '../plan/affordability.js';
import { monthsApart, planVerdictText } from '../plan/plan-verdict.js';
import type { SettlementPlan } from '../plan/settlement-plan.js';
import { type DiagnosisInput, type ProcedureRow, procedureLabels } from './diagnosis-model.js';
import { recoveryWorking } from './overpayment-recovery.js';
import { type Claims, creditRecords, monthEnd, recoverySources, setOffReason, yen } from './row-parts.js';
import type { StatusQuo } from './status-quo.js';

export function voluntaryRow(
  input: DiagnosisInput,
  plan: SettlementPlan,
  money: Affordability,
  claims: Claims,
  excluded: StatusQuo,
): ProcedureRow {
  const last = plan.months[plan.months.length - 1]?.month;
  const retained = input.assets.cars.filter((c) => c.titleRetained).map((c) => c.name);
  const { recovery } = claims;
  const netTotal = recovery.net > 0 ? plan.total - recovery.net : null;
  const apart = monthsApart(plan);
  const others = [...(apart.first ? [`初回 ${yen(apart.first.total)}`] : []), ...(apart.last ? [`最終回 ${yen(apart.last.total)}`] : [])];
  return {
    procedure: 'voluntary',
    label: procedureLabels.voluntary,
    eligible: plan.debt > 0 ? money.sustainable > 0 : null,
    monthly: plan.regularMonthly,
    months: Math.max(0, ...plan.creditors.map((c) => c.installments)),
    total: plan.total,
    courtCosts: { min: 0, max: 0 },
    creditRecord: creditRecords(input.today, monthEnd(last, input.today), false),
    kept: ['自宅', retained.length > 0 ? '車(ローンを対象から外した場合)' : '車', '預貯金'],
    lost: [],
    restrictions: [],
    guarantors: '対象にした借入の保証人には請求が行きます(保証付きの借入を対象から外すこともできます)',
    excluded: ['対象にしない債権者を選べます(車のローン、保証人付きの借入など)'],
    reasons: [
      input.monthlyAmount === undefined
        ? `${input.plan.includeAccruedInterest ? '元金と経過利息' : '元金のみ'}(将来利息・遅延損害金なし)を${plan.installments}回で返す案です(東京三会統一基準は元金のみ)`
        : `毎月 ${yen(input.monthlyAmount)} を借金の額に応じて按分し、最長${plan.installments}回で返す案です`,
      `毎月 ${yen(plan.regularMonthly)}${others.length > 0 ? `(${others.join('、')})` : ''}、返済に回せる額は ${yen(money.sustainable)} です`,
      plan.feasible === false ? `${planVerdictText(plan)}。回数を増やすか、別の手続を検討してください` : planVerdictText(plan),
      ...(excluded.contracts.length > 0
        ? [
            `対象から外した ${[...new Set(excluded.contracts.map((c) => c.creditor))].join('、')} には今のまま毎月 ${yen(excluded.monthly)} を払い続けるため、和解案に回せるのはその残りです`,
          ]
        : []),
      '債権者が和解に応じない場合もあります',
      ...setOffReason(claims),
      ...(recovery.claim > 0
        ? [
            `${recoveryWorking(recovery)}を取り戻せる見込みです(時効に注意)`,
            netTotal !== null && netTotal < 0
              ? `借金の返済 ${yen(plan.total)} より取り戻す額が多く、差し引き ${yen(-netTotal)} が手元に戻る見込みです`
              : `借金の返済 ${yen(plan.total)} から取り戻す額を引くと、実際の負担は ${yen(netTotal ?? plan.total)} です`,
          ]
        : []),
    ].filter((reason) => reason !== ''),
    sources: ['東京三会統一基準(取引の全部開示・利息制限法による引き直し・将来利息と遅延損害金なし)', ...recoverySources(claims)],
    affordable: plan.feasible,
    overpayment: recovery.claim > 0 ? { treatment: 'recovered', amount: recovery.net } : null,
    netTotal,
    bankruptcyTrack: null,
    monthsBeyondPractice: null,
  };
}
