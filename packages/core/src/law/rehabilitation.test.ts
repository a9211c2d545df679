import { expect, it } from 'vitest';
import { minimumRepayment } from './rehabilitation.js';

// 民事再生法231条2項3号・4号: 100万円を下回るとき全額; 100万以上500万以下 100万; 500万超1,500万以下 1/5;
// 1,500万超3,000万以下 300万; 3,000万超5,000万以下 1/10 (4号). Above 5,000万 the procedure is not open (221条1項).
it.each([
  [999_999, 999_999],
  [1_000_000, 1_000_000],
  [5_000_000, 1_000_000],
  [5_000_001, 1_000_001],
  [15_000_000, 3_000_000],
  [15_000_001, 3_000_000],
  [30_000_000, 3_000_000],
  [30_000_001, 3_000_001],
  [50_000_000, 5_000_000],
])('a total of %i yen must be repaid at least %i yen', (total, minimum) => {
  expect(minimumRepayment(total, '2026-11-23')).toMatchObject({ eligible: true, amount: minimum });
});

it('refuses a total above 5,000万 yen', () => {
  expect(minimumRepayment(50_000_001, '2026-11-23')).toMatchObject({ eligible: false, limit: 50_000_000 });
});
