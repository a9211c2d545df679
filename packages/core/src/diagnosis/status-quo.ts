// Doing nothing: each contract paid on as now, at its contract rate and its current monthly
// payment, until it is paid off — or "never", when the payment does not cover a month's interest.
// Day count: a monthly payment period is one twelfth of a year (月利 = 年率 ÷ 12), the convention
// of monthly installment statements; the month's interest is truncated to the yen in `monthInterest`.
import { divideToYen, type Yen } from '../money.js';
import { PPM, parseRatePercent } from '../rate.js';

export interface StatusQuoContract {
  creditor: string;
  label: string;
  /** What the creditor bills now (the claimed balance). */
  balance: Yen | null;
  /** 約定利率 as a percent text. */
  rate: string | null;
  monthlyPayment: Yen | null;
}

export interface ContractProjection {
  creditor: string;
  label: string;
  balance: Yen;
  /** 'paid-off': months and totals known; 'never': the payment does not cover the interest; 'unknown': an input is missing. */
  outcome: 'paid-off' | 'never' | 'unknown';
  months: number | null;
  interest: Yen | null;
  /** Paid in all until the end (balance + interest); null unless paid off. */
  total: Yen | null;
  /** The first month's interest (what the payment must beat). */
  firstInterest: Yen | null;
  /** Why the outcome is what it is, in Japanese. */
  reason: string;
}

export interface StatusQuo {
  contracts: ContractProjection[];
  monthly: Yen;
  /** The longest payoff; null when one contract never ends or cannot be projected. */
  months: number | null;
  /** Total interest and total paid over the contracts that pay off. */
  interest: Yen;
  total: Yen;
  /** Every contract pays off (a total is then meaningful for a comparison). */
  complete: boolean;
  never: number;
  unknown: number;
  convention: string;
}

/** Beyond this a projection stops: 100 years of payments is "never" for a person. */
export const projectionLimitMonths = 1200;

export const dayCountConvention = '月利は年率の12分の1(毎月の返済を1年の12分の1ごととして計算)、利息は毎月1円未満切り捨て';

/** One month's interest on a balance at an annual rate (ppm): the one rounding of the projection (down). */
export function monthInterest(balance: Yen, rate: number): Yen {
  return divideToYen(BigInt(balance) * BigInt(rate), BigInt(12 * PPM), 'down');
}

const yen = (amount: Yen) => `${amount.toLocaleString('ja-JP')}円`;

export function projectContract(contract: StatusQuoContract): ContractProjection {
  const base = { creditor: contract.creditor, label: contract.label, balance: contract.balance ?? 0 };
  const parsed = contract.rate === null ? null : parseRatePercent(contract.rate);
  const unknown = (reason: string): ContractProjection => ({
    ...base,
    outcome: 'unknown',
    months: null,
    interest: null,
    total: null,
    firstInterest: null,
    reason,
  });
  if (contract.balance === null) return unknown('請求残高が未入力のため計算できません');
  if (contract.balance === 0)
    return { ...base, outcome: 'paid-off', months: 0, interest: 0, total: 0, firstInterest: 0, reason: '残高はありません' };
  if (parsed === null || !parsed.ok) return unknown('約定利率が未入力のため計算できません');
  if (!contract.monthlyPayment) return unknown('毎月の返済額が未入力のため計算できません');
  const rate = parsed.value;
  const payment = contract.monthlyPayment;
  const firstInterest = monthInterest(contract.balance, rate);
  if (payment <= firstInterest) {
    return {
      ...base,
      outcome: 'never',
      months: null,
      interest: null,
      total: null,
      firstInterest,
      reason: `毎月 ${yen(payment)} の返済が、1か月の利息 ${yen(firstInterest)} を超えないため、元金が減らず完済しません`,
    };
  }
  let balance = contract.balance;
  let interest = 0;
  let months = 0;
  while (balance > 0 && months < projectionLimitMonths) {
    const owed = monthInterest(balance, rate);
    interest += owed;
    balance = balance + owed - Math.min(payment, balance + owed);
    months++;
  }
  if (balance > 0) {
    return {
      ...base,
      outcome: 'never',
      months: null,
      interest: null,
      total: null,
      firstInterest,
      reason: `${projectionLimitMonths / 12}年払っても完済しません`,
    };
  }
  return {
    ...base,
    outcome: 'paid-off',
    months,
    interest,
    total: contract.balance + interest,
    firstInterest,
    reason: `毎月 ${yen(payment)} を払い続けると${months}回で完済し、利息は ${yen(interest)} です`,
  };
}

export function statusQuo(contracts: readonly StatusQuoContract[]): StatusQuo {
  const projections = contracts.filter((c) => (c.balance ?? 0) > 0 || c.monthlyPayment).map(projectContract);
  const paid = projections.filter((p) => p.outcome === 'paid-off');
  const never = projections.filter((p) => p.outcome === 'never').length;
  const unknown = projections.filter((p) => p.outcome === 'unknown').length;
  const complete = never === 0 && unknown === 0;
  return {
    contracts: projections,
    monthly: contracts.reduce((a, c) => a + (c.monthlyPayment ?? 0), 0),
    months: complete ? Math.max(0, ...paid.map((p) => p.months ?? 0)) : null,
    interest: paid.reduce((a, p) => a + (p.interest ?? 0), 0),
    total: paid.reduce((a, p) => a + (p.total ?? 0), 0),
    complete,
    never,
    unknown,
    convention: dayCountConvention,
  };
}
