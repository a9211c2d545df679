import { expect, it } from 'vitest';
import { recalcVariants } from './variants.js';

it('shows what each other convention would give', () => {
  // docs/law/recalculation.md: 478,594 × 18% × 29 days from 2000-03-27 = 6,825 on a 366 basis, 6,844 on a fixed 365 basis.
  const variants = recalcVariants(
    [
      { date: '2000-03-27', borrow: 478_594, repay: 0 },
      { date: '2000-04-25', borrow: 0, repay: 50_000 },
    ],
    {},
  );
  const fixed365 = variants.find((v) => v.option === 'yearBasis' && v.value === 'fixed365');
  expect(fixed365?.summary.balance).toBe(478_594 - (50_000 - 6_844));
  expect(variants.filter((v) => v.option === 'netting').map((v) => v.value)).toEqual(['principal-only', 'none']);
  expect(variants.some((v) => v.option === 'yearBasis' && v.value === 'calendar')).toBe(false);
});
