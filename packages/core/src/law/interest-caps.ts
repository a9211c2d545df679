import type { CivilDate } from '../civil-date.js';
import type { Yen } from '../money.js';
import type { Rate } from '../rate.js';
import { type DatedTable, rowOn } from './dated-table.js';

export interface CapTier {
  /** The tier applies to principals strictly below this amount (the last tier has none). */
  below?: Yen;
  rate: Rate;
}

/** 利息制限法1条: 20% under 100,000 yen, 18% under 1,000,000 yen, 15% from 1,000,000 yen. */
export const interestCaps: DatedTable<readonly CapTier[]> = [
  {
    from: '1954-06-15',
    value: [{ below: 100_000, rate: 200_000 }, { below: 1_000_000, rate: 180_000 }, { rate: 150_000 }],
    source: '利息制限法1条 (昭和29年法律第100号)',
  },
];

/** The statutory cap for a principal on a date; throws for dates before the Act. */
export function statutoryCap(principal: Yen, date: CivilDate): { rate: Rate; source: string } {
  const row = rowOn(interestCaps, date);
  if (!row) throw new RangeError(`no interest cap is recorded for ${date}`);
  const tier = row.value.find((t) => t.below === undefined || principal < t.below);
  if (!tier) throw new RangeError('the cap table has no open-ended tier');
  return { rate: tier.rate, source: row.source };
}
