import fc from 'fast-check';
import { expect, it } from 'vitest';
import { allocate } from './allocation.js';

it('splits in proportion to the debts, the remainder to the largest fractions', () => {
  // 30,000 over 500,000 / 300,000 / 200,000 → 15,000 / 9,000 / 6,000 exactly.
  expect(allocate(30_000, [500_000, 300_000, 200_000])).toEqual([15_000, 9_000, 6_000]);
  // 10,000 over three equal debts: 3,333.33 each; the leftover yen goes to the first.
  expect(allocate(10_000, [1, 1, 1])).toEqual([3_334, 3_333, 3_333]);
  expect(allocate(0, [5, 7])).toEqual([0, 0]);
  expect(allocate(7, [0, 0])).toEqual([4, 3]);
});

it('always adds up to the whole, each part within one yen of its exact share', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 1, maxLength: 40 }),
      (total, weights) => {
        const parts = allocate(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = weights.reduce((a, b) => a + b, 0);
        parts.forEach((part, index) => {
          const share = sum === 0 ? total / weights.length : (total * (weights[index] as number)) / sum;
          expect(Math.abs(part - share)).toBeLessThan(1 + 1e-9);
        });
      },
    ),
  );
});
