import { expect, it } from 'vitest';
import { statutoryCap } from './interest-caps.js';
import { legalRateOn } from './legal-rates.js';

// 利息制限法1条: 元本10万円未満 20%, 10万円以上100万円未満 18%, 100万円以上 15%.
it.each([
  [99_999, 200_000],
  [100_000, 180_000],
  [999_999, 180_000],
  [1_000_000, 150_000],
  [50_000_000, 150_000],
])('the cap for a principal of %i yen is %i ppm', (principal, rate) => {
  expect(statutoryCap(principal, '2005-01-01').rate).toBe(rate);
});

// 民法404条: 5% until 2020-03-31, 3% from 2020-04-01 (平成29年法律第44号), 3% for 2023-04–2029-03 (法務省).
it('switches the legal rate on 2020-04-01', () => {
  expect(legalRateOn('2020-03-31').rate).toBe(50_000);
  expect(legalRateOn('2020-04-01').rate).toBe(30_000);
  expect(legalRateOn('2026-04-01').rate).toBe(30_000);
  expect(legalRateOn('2020-04-01').source).toContain('民法404条');
});

it('refuses to guess a legal rate that is not published', () => {
  expect(() => legalRateOn('2029-04-01')).toThrow(/no legal interest rate/);
});
