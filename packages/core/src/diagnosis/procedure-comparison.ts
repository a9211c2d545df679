// 任意整理 / 個人再生 / 自己破産 / 特定調停 side by side for this debtor: what each would cost each
// month and in all, how long, what is lost, who else is affected — every row with its reasons and
// sources. Figures, not advice: no procedure is recommended.
import type { Assets, Budget, Debtor } from '../case/case-schema.js';
import { addYears, type CivilDate } from '../civil-date.js';
import { procedureFacts } from '../law/procedures.js';
import type { RefundRoute } from '../law/professional-fees.js';
import { minimumRepayment } from '../law/rehabilitation.js';
import { divideToYen, type Yen } from '../money.js';
import { type Affordability, affordability } from '../plan/affordability.js';
import {
  addMonths,
  defaultPlanSettings,
  monthsApart,
  type PlanSettings,
  planForMonthlyAmount,
  planVerdictText,
  type SettlementPlan,
  settlementPlan,
} from '../plan/settlement-plan.js';
import { type LiquidationValue, liquidationValue } from './liquidation-value.js';
import { type OverpaymentRecovery, overpaymentRecovery, recoveryWorking } from './overpayment-recovery.js';
import { type Risk, type RiskCreditor, risksFor } from './risks.js';

export type Procedure = 'voluntary' | 'rehabilitation' | 'bankruptcy' | 'mediation';

export const procedureLabels: Record<Procedure, string> = {
  voluntary: '任意整理',
  rehabilitation: '個人再生',
  bankruptcy: '自己破産',
  mediation: '特定調停',
};

export interface DiagnosisCreditor extends RiskCreditor {
  key: string;
  /** What is taken to be owed: recalculated where there is a history, else claimed. */
  debt: Yen;
  overpaymentClaim: Yen;
  /** 経過利息 from the last transaction to today, added to the plan only when the settings ask. */
  accruedInterest: Yen;
}

export interface DiagnosisInput {
  today: CivilDate;
  debtor: Debtor;
  budget: Budget;
  assets: Assets;
  creditors: readonly DiagnosisCreditor[];
  plan: Partial<PlanSettings>;
  /** Plan by a monthly amount split across creditors (按分) instead of by a number of installments. */
  monthlyAmount?: Yen;
  /** A creditor's first payment month ('YYYY-MM') where it differs from the plan's. */
  startMonths?: Record<string, string>;
  safetyMargin: Yen;
  smallItemsKept?: boolean;
  /**
   * How an overpayment claim is expected to be recovered, for the fee taken off it (過払金報酬 cap:
   * 20% out of court, 25% with a lawsuit). Default `out-of-court`.
   */
  overpaymentRoute?: RefundRoute;
}

/** How the overpayment claim figures in a route. */
export interface RowOverpayment {
  /** `recovered` for the debtor (任意整理), the debtor's `property` (個人再生・自己破産), or a `separate` claim (特定調停). */
  treatment: 'recovered' | 'property' | 'separate';
  /** What it is worth in this route (net of the fee where it is recovered or counted). */
  amount: Yen;
}

export interface ProcedureRow {
  procedure: Procedure;
  label: string;
  /** true / false, or null where it cannot be judged from the case file. */
  eligible: boolean | null;
  monthly: Yen | null;
  months: number | null;
  /** Paid to creditors in all. */
  total: Yen | null;
  courtCosts: { min: Yen; max: Yen };
  /** Estimated dates the credit records clear, per bureau. */
  creditRecord: { bureau: string; until: CivilDate }[];
  kept: string[];
  lost: string[];
  restrictions: string[];
  guarantors: string;
  excluded: string[];
  /** Why the row says what it says. */
  reasons: string[];
  sources: string[];
  /** Against the sustainable monthly amount. */
  affordable: boolean | null;
  /** The overpayment claim in this route; null without one. */
  overpayment: RowOverpayment | null;
  /** `total` less what comes back to the debtor (negative: more comes back than is paid); null where nothing comes back. */
  netTotal: Yen | null;
  /** 自己破産 only: 同時廃止 (`summary`) or 管財 (`administration`) as far as the property tells; null elsewhere. */
  bankruptcyTrack: 'summary' | 'administration' | null;
  /** Where the chosen number of installments is longer than the route usually allows, the usual count and its source. */
  monthsBeyondPractice: { typical: number; source: string } | null;
}

export interface Diagnosis {
  affordability: Affordability;
  plan: SettlementPlan;
  liquidation: LiquidationValue;
  rows: ProcedureRow[];
  risks: Risk[];
  /** What is owed after recalculation, once each creditor's own overpayment is set off against it. */
  totalDebt: Yen;
  /** The overpayment claim left after those set-offs: what is to be recovered. */
  overpaymentClaim: Yen;
  /** Debt and overpayment claim of the same creditor set off against each other (相殺), in all. */
  setOff: Yen;
  /** The claim's worth once recovered, net of the fee (the option `overpaymentRoute` decides which cap). */
  recovery: OverpaymentRecovery;
  /** 経過利息 of every creditor, added to the plan only when the settings ask. */
  accruedInterest: Yen;
}

const yen = (amount: Yen) => `${amount.toLocaleString('ja-JP')}円`;
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

export function diagnose(input: DiagnosisInput): Diagnosis {
  const { today } = input;
  const money = affordability(input.budget.monthly, input.safetyMargin);
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
  const planCreditors = creditors
    .filter((c) => c.debt > 0)
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
  const liquidation = liquidationValue(input.assets, { smallItemsKept: input.smallItemsKept ?? false, overpaymentClaim: recovery.net });
  const claims: Claims = { setOff, recovery, creditorsOwed: creditors.filter((c) => c.debt > 0).length };
  const rows = [
    voluntaryRow(input, plan, money, claims),
    rehabilitationRow(input, totalDebt, liquidation, money, claims),
    bankruptcyRow(input, liquidation, claims),
    mediationRow(input, totalDebt, plan, money, claims),
  ];
  return {
    affordability: money,
    plan,
    liquidation,
    rows,
    risks: risksFor(input),
    totalDebt,
    overpaymentClaim,
    setOff,
    recovery,
    accruedInterest: input.creditors.reduce((a, c) => a + c.accruedInterest, 0),
  };
}

/** The case's overpayment claims as every row needs them. */
interface Claims {
  setOff: Yen;
  recovery: OverpaymentRecovery;
  /** Creditors still owed something after the set-offs (those a mediation or a plan would include). */
  creditorsOwed: number;
}

const setOffReason = (claims: Claims) =>
  claims.setOff > 0 ? [`同じ債権者への借金と過払金 ${yen(claims.setOff)} は差し引いて(相殺して)計算しています`] : [];

const recoverySources = (claims: Claims) => (claims.recovery.claim > 0 ? [claims.recovery.source] : []);

function creditRecords(today: CivilDate, endOfPayments: CivilDate, gazette: boolean): ProcedureRow['creditRecord'] {
  const f = procedureFacts.creditRecords;
  return [
    { bureau: 'CIC', until: addYears(endOfPayments, f.cicYearsAfterEnd) },
    { bureau: 'JICC', until: addYears(endOfPayments, f.jiccYearsAfterEnd) },
    { bureau: 'KSC(全銀協)', until: gazette ? addYears(today, f.kscYearsAfterGazette) : addYears(endOfPayments, f.kscYearsOther) },
  ];
}

const monthEnd = (month: string | undefined, fallback: CivilDate) => (month ? `${month}-28` : fallback);

function voluntaryRow(input: DiagnosisInput, plan: SettlementPlan, money: Affordability, claims: Claims): ProcedureRow {
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

function rehabilitationRow(
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

function bankruptcyRow(input: DiagnosisInput, liquidation: LiquidationValue, claims: Claims): ProcedureRow {
  const facts = procedureFacts.bankruptcy;
  const occupation = input.debtor.occupation;
  const restricted = restrictedJobs.filter((job) => occupation.includes(job));
  // Property to distribute means a trustee (管財); none, 同時廃止 may be possible.
  const administration = liquidation.total > 0;
  const { recovery } = claims;
  const property = administration
    ? `処分される財産(${yen(liquidation.total)}${recovery.net > 0 ? '、過払金を含む' : ''})があるため、同時廃止ではなく管財事件(少額管財の予納金 ${yen(facts.smallAdministrationDeposit)}〜)になる見込みです`
    : '大きな財産がなければ同時廃止になる可能性があります';
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
    sources: [facts.source, ...recoverySources(claims)],
    affordable: true,
    overpayment: recovery.claim > 0 ? { treatment: 'property', amount: recovery.net } : null,
    netTotal: null,
    bankruptcyTrack: administration ? 'administration' : 'summary',
    monthsBeyondPractice: null,
  };
}

function mediationRow(input: DiagnosisInput, totalDebt: Yen, plan: SettlementPlan, money: Affordability, claims: Claims): ProcedureRow {
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
