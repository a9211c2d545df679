// Payment schedules of one debt: equal installments of principal (remainder on the first or the
// last, bonus shares in bonus months), or level payments with 将来利息; and month arithmetic.
import { divideToYen, type Yen } from '../money.js';
import { PPM, parseRatePercent } from '../rate.js';

export interface Payment {
  month: string;
  amount: Yen;
  /** Future interest in this payment (0 without a future-interest rate). */
  interest: Yen;
  bonus: boolean;
}

/** Principal only: equal installments, the remainder on the first or last, bonus shares in bonus months. */
export function evenPayments(
  debt: Yen,
  months: readonly string[],
  bonusShare: Yen,
  settings: { bonusMonths: readonly number[]; remainder: 'first' | 'last' },
): Payment[] {
  const isBonus = (month: string) => settings.bonusMonths.includes(Number(month.slice(5, 7)));
  const bonusMonths = months.filter(isBonus).length;
  const bonusEach = bonusShare * bonusMonths <= debt ? bonusShare : 0;
  const regularTotal = debt - bonusEach * bonusMonths;
  const base = Math.floor(regularTotal / months.length);
  const remainder = regularTotal - base * months.length;
  const carrier = settings.remainder === 'first' ? 0 : months.length - 1;
  return months.map((month, index) => {
    const bonus = isBonus(month) && bonusEach > 0;
    return { month, amount: base + (index === carrier ? remainder : 0) + (bonus ? bonusEach : 0), interest: 0, bonus };
  });
}

/**
 * 将来利息 at an annual rate, monthly rate = annual ÷ 12, level payments (元利均等) rounded up to the
 * yen; each month's interest truncated; the last payment clears what is left.
 */
export function levelPayments(debt: Yen, months: readonly string[], ratePercent: string): Payment[] {
  const parsed = parseRatePercent(ratePercent);
  if (!parsed.ok) throw new RangeError(`not a rate: ${ratePercent}`);
  const n = months.length;
  if (parsed.value === 0) return evenPayments(debt, months, 0, { bonusMonths: [], remainder: 'last' });
  // i = rate / (12 × 1,000,000); payment = D·i·(1+i)^n / ((1+i)^n − 1), exactly, in bigints.
  const q = BigInt(12 * PPM);
  const r = BigInt(parsed.value);
  const growth = (q + r) ** BigInt(n);
  const scale = q ** BigInt(n);
  const payment = divideToYen(BigInt(debt) * r * growth, q * (growth - scale), 'up');
  const payments: Payment[] = [];
  let balance = debt;
  months.forEach((month, index) => {
    const interest = divideToYen(BigInt(balance) * r, q, 'down');
    const amount = index === n - 1 ? balance + interest : Math.min(payment, balance + interest);
    balance -= amount - interest;
    payments.push({ month, amount, interest, bonus: false });
  });
  return payments;
}

export function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
