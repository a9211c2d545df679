// 法テラス (民事法律扶助) means test: monthly take-home income (bonus included) and assets by household
// size, with a higher income line in large cities and an allowance for rent or a mortgage paid.
import type { Yen } from '../money.js';
import type { DatedTable } from './dated-table.js';

export interface LegalAidLimits {
  /** Income line for 1–4 people; each further person adds `incomePerExtraPerson`. */
  income: readonly Yen[];
  incomeLargeCity: readonly Yen[];
  incomePerExtraPerson: Yen;
  incomePerExtraPersonLargeCity: Yen;
  /** Rent or mortgage actually paid is added up to these, for 1, 2, 3 and 4+ people. */
  housing: readonly Yen[];
  housingLargeCity: readonly Yen[];
  /** Asset line for 1–4 people (larger households: not confirmed). */
  assets: readonly Yen[];
}

export const legalAidLimits: DatedTable<LegalAidLimits> = [
  {
    // The lines' effective date is not in the collected sources: the row stands from the earliest
    // date the tables use, and the source says so.
    from: '1900-01-01',
    value: {
      income: [182_000, 251_000, 272_000, 299_000],
      incomeLargeCity: [200_200, 276_100, 299_200, 328_900],
      incomePerExtraPerson: 30_000,
      incomePerExtraPersonLargeCity: 33_000,
      housing: [41_000, 53_000, 66_000, 71_000],
      housingLargeCity: [53_000, 68_000, 85_000, 92_000],
      assets: [1_800_000, 2_500_000, 2_700_000, 3_000_000],
    },
    source: '法テラス「民事法律扶助の資力基準」(収入・資産の基準額; 施行日未確認)',
  },
];
