// The court routes of the comparison: 個人再生, 自己破産 and 特定調停, each with its reasons and sources.
import { addYears } from '../civil-date.js';
import { tokyoAdministrationThresholds } from '../law/bankruptcy-thresholds.js';
import { procedureFacts } from '../law/procedures.js';
import { minimumRepayment } from '../law/rehabilitation.js';
import { divideToYen, type Yen } from '../money.js';
import type { Affordability } from '../plan/affordability.js';
import type { SettlementPlan } from '../plan/settlement-plan.js';
import { type DiagnosisInput, type ProcedureRow, procedureLabels } from './diagnosis-model.js';
import type { LiquidationValue } from './liquidation-value.js';
import { recoveryWorking } from './overpayment-recovery.js';
import { type Claims, creditRecords, recoverySources, setOffReason, yen } from './row-parts.js';

const restrictedJobs = [
  '警備員',
  '生命保険募集人',
  '保険外交員',
  '宅建士',
  '宅地建物取引士',
  '弁護士',
  '司法書士',
  '税理士',
  '行政書士',
  '社会保険労務士',
  '公認会計士',
];

export function rehabilitationRow(
  input: DiagnosisInput,
  totalDebt: Yen,
  liquidation: LiquidationValue,
  money: Affordability,
  claims: Claims,
): ProcedureRow {
  const facts = procedureFacts.rehabilitation;
  const minimum = minimumRepayment(totalDebt, input.today);
  const reasons: string[] = [];
  let eligible: boolean | null = money.income > 0 ? null : false;
  let total: Yen | null = null;
  let monthly: Yen | null = null;
  if (!minimum.eligible) {
    eligible = false;
    reasons.push(`住宅ローンを除く借金が ${yen(facts.debtLimit)} を超えるため利用できません`);
  } else {
    total = Math.max(minimum.amount, liquidation.total);
    monthly = divideToYen(total, facts.months, 'up');
    reasons.push(`最低弁済額は ${yen(minimum.amount)}(借金 ${yen(totalDebt)} に対する法律の基準)`);
    reasons.push(
      `清算価値(破産したら配当される財産)は ${yen(liquidation.total)}。多い方の ${yen(total)} を原則3年(${facts.months}回)で返します`,
    );
    if (claims.recovery.net > 0) reasons.push(`${recoveryWorking(claims.recovery)}は債務者の財産として清算価値に入ります`);
    reasons.push('給与所得者等再生では可処分所得の2年分以上も必要です(政令の生活費の表が未入力のため、この額は計算していません)');
    if (money.income === 0) reasons.push('継続した収入が必要です');
  }
  const home = input.assets.home;
  return {
    procedure: 'rehabilitation',
    label: procedureLabels.rehabilitation,
    eligible,
    monthly,
    months: facts.months,
    total,
    courtCosts: {
      min: facts.costs.stamp + facts.costs.gazette,
      max: facts.costs.stamp + facts.costs.gazette + facts.costs.supervisorTypical[1],
    },
    creditRecord: creditRecords(input.today, addYears(input.today, 3), true),
    kept: [home ? '自宅(住宅資金特別条項を使える場合)' : '', '清算価値の分を払えば財産は手元に残ります'].filter(Boolean),
    lost: input.assets.cars.filter((c) => c.titleRetained).map((c) => `${c.name}(所有権留保のため引き揚げ)`),
    restrictions: [],
    guarantors: '保証人には全額が請求されます',
    excluded: ['すべての債権者が対象です(一部だけ外すことはできません)'],
    reasons: [
      ...setOffReason(claims),
      ...reasons,
      '小規模個人再生では、反対する債権者が頭数の半数以上または金額の過半になると認められません',
    ],
    sources: [minimum.source, facts.source, ...recoverySources(claims)],
    affordable: monthly === null ? null : monthly <= money.sustainable,
    overpayment: claims.recovery.claim > 0 ? { treatment: 'property', amount: claims.recovery.net } : null,
    netTotal: null,
    bankruptcyTrack: null,
    monthsBeyondPractice: null,
  };
}

export function bankruptcyRow(input: DiagnosisInput, liquidation: LiquidationValue, claims: Claims): ProcedureRow {
  const facts = procedureFacts.bankruptcy;
  const occupation = input.debtor.occupation;
  const restricted = restrictedJobs.filter((job) => occupation.includes(job));
  // The court's thresholds decide 管財 (破産法216条1項 as 東京地裁 applies it), not any property at all.
  const { recovery } = claims;
  const over = categoriesOverThreshold(input, recovery.net);
  const administration = over.length > 0;
  const thresholds = tokyoAdministrationThresholds;
  const property = administration
    ? `${over.map((c) => `${c.label} ${yen(c.value)}`).join('、')}が${thresholds.court}の基準(現金${yen(thresholds.cash)}以上、財産の種類ごとに${yen(thresholds.category)}以上)に当たるため、同時廃止ではなく管財事件(少額管財の予納金 ${yen(facts.smallAdministrationDeposit)}〜)になる見込みです`
    : `財産が${thresholds.court}の基準(現金${yen(thresholds.cash)}以上、財産の種類ごとに${yen(thresholds.category)}以上)に当たらないため、同時廃止になる可能性があります`;
  return {
    procedure: 'bankruptcy',
    label: procedureLabels.bankruptcy,
    eligible: null,
    monthly: 0,
    months: null,
    total: 0,
    courtCosts: { min: facts.stamp, max: facts.stamp + facts.smallAdministrationDeposit },
    creditRecord: creditRecords(input.today, input.today, true),
    kept: [
      ...(liquidation.kept.some((k) => k.label === '現金') ? [] : ['現金99万円まで']),
      ...liquidation.kept.map((k) => `${k.label} ${yen(k.value)}(${k.rule})`),
      '生活に必要な家財',
      ...(liquidation.smallItemsKept ? ['(東京地裁の運用)20万円未満の預金・車・保険'] : []),
    ],
    lost: [...liquidation.parts.map((p) => `${p.label} ${yen(p.value)}`), ...(input.assets.home ? ['自宅'] : [])],
    restrictions: [
      '免責が決まるまで、警備員・生命保険募集人・宅建士・士業などの仕事に就けません',
      ...(restricted.length > 0 ? [`職業「${occupation}」は制限の対象になる可能性があります`] : []),
    ],
    guarantors: '保証人には全額が請求されます',
    excluded: ['税金・社会保険料・養育費・悪意の不法行為の賠償・罰金などは免責されません', 'すべての債権者が対象です'],
    reasons: [
      ...setOffReason(claims),
      ...(recovery.net > 0 ? [`${recoveryWorking(recovery)}は破産者の財産として配当に回ります`] : []),
      property,
      ...(liquidation.smallItemsKept
        ? []
        : ['20万円未満の預金・車・保険を処分しない運用の裁判所もあります(東京地裁など)。この試算では処分される財産に数えています']),
      'ギャンブル・浪費などの免責不許可事由があっても、裁量で免責されることがあります(判断できないため「要確認」)',
    ],
    sources: [facts.source, thresholds.source, ...recoverySources(claims)],
    affordable: true,
    overpayment: recovery.claim > 0 ? { treatment: 'property', amount: recovery.net } : null,
    netTotal: null,
    bankruptcyTrack: administration ? 'administration' : 'summary',
    monthsBeyondPractice: null,
  };
}

export function mediationRow(
  input: DiagnosisInput,
  totalDebt: Yen,
  plan: SettlementPlan,
  money: Affordability,
  claims: Claims,
): ProcedureRow {
  const facts = procedureFacts.mediation;
  // The installments chosen for the plan (by count, or the longest by a monthly amount).
  const months = Math.max(1, plan.installments);
  const monthly = divideToYen(totalDebt, months, 'up');
  const perCreditor = facts.stampPerCreditor + facts.postagePerCreditor;
  const beyond = months > facts.typicalMonths;
  return {
    procedure: 'mediation',
    label: procedureLabels.mediation,
    eligible: money.sustainable > 0 ? null : false,
    monthly,
    months,
    total: totalDebt,
    courtCosts: { min: perCreditor * claims.creditorsOwed, max: perCreditor * claims.creditorsOwed },
    creditRecord: creditRecords(input.today, addYears(input.today, 3), false),
    kept: ['自宅', '車(対象から外した場合)', '預貯金'],
    lost: [],
    restrictions: [],
    guarantors: '対象にした借入の保証人には請求が行きます',
    excluded: ['過払金は調停の中では取り戻せません(別に請求が必要です)'],
    reasons: [
      ...setOffReason(claims),
      `利息制限法で計算し直した借金 ${yen(totalDebt)} を、利息なしで${months}回(毎月 ${yen(monthly)})で返す想定です`,
      ...(beyond
        ? [`特定調停の返済はおおむね${facts.typicalMonths}回(3年)までが目安です。${months}回では債権者が応じないことがあります`]
        : []),
      ...(claims.recovery.claim > 0 ? [`過払金 ${yen(claims.recovery.claim)} は調停とは別に請求する必要があります`] : []),
      '調停調書は判決と同じ効力があり、支払いが遅れると給料などを差し押さえられることがあります',
    ],
    sources: [facts.source, ...(beyond ? [facts.typicalMonthsSource] : [])],
    affordable: monthly <= money.sustainable,
    overpayment: claims.recovery.claim > 0 ? { treatment: 'separate', amount: claims.recovery.claim } : null,
    netTotal: null,
    bankruptcyTrack: null,
    monthsBeyondPractice: beyond ? { typical: facts.typicalMonths, source: facts.typicalMonthsSource } : null,
  };
}

/** The categories of property at or over the court's 管財 thresholds (each category summed: all deposits, all policies …). */
export function categoriesOverThreshold(input: Pick<DiagnosisInput, 'assets'>, overpayment: Yen): { label: string; value: Yen }[] {
  const { assets } = input;
  const t = tokyoAdministrationThresholds;
  const sum = (values: readonly number[]) => values.reduce((a, v) => a + v, 0);
  const categories = [
    { label: '預貯金', value: sum(assets.deposits.map((d) => d.balance)) },
    { label: '保険の解約返戻金', value: sum(assets.insurance.map((i) => i.surrenderValue)) },
    { label: '自動車', value: sum(assets.cars.map((c) => Math.max(0, (c.value ?? 0) - (c.titleRetained ? (c.loanBalance ?? 0) : 0)))) },
    { label: '過払金', value: overpayment },
    { label: '自宅', value: Math.max(0, (assets.home?.value ?? 0) - (assets.home?.mortgageBalance ?? 0)) },
    ...assets.other.map((o) => ({ label: o.name, value: o.value })),
  ];
  return [...(assets.cash >= t.cash ? [{ label: '現金', value: assets.cash }] : []), ...categories.filter((c) => c.value >= t.category)];
}
