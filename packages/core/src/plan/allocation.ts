// 按分: splitting an amount across creditors in proportion to their debts, in whole yen, so that
// the parts always add up to the whole (largest remainder; ties go to the earlier creditor).
import type { Yen } from '../money.js';

/** `total` split in proportion to `weights` (all ≥ 0); Σ parts = total exactly. */
export function allocate(total: Yen, weights: readonly Yen[]): Yen[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`cannot allocate ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum === 0)
    return allocate(
      total,
      weights.map(() => 1),
    );
  const exact = weights.map((weight) => BigInt(total) * BigInt(weight));
  const denominator = BigInt(sum);
  const parts = exact.map((value) => Number(value / denominator));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value % denominator }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (left === 0) break;
    parts[index] = (parts[index] as number) + 1;
    left--;
  }
  return parts;
}
