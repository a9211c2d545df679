import type { CivilDate } from '../civil-date.js';
import type { Rate } from '../rate.js';
import { type DatedTable, rowOn } from './dated-table.js';

/**
 * 法定利率 (民法404条). Since 2020-04-01 it is reviewed every 3 years (民法404条3項〜5項); add the
 * next period's row when 法務省 publishes it.
 */
export const legalRates: DatedTable<Rate> = [
  { from: '1898-07-16', to: '2020-03-31', value: 50_000, source: '旧民法404条 (過払金について最判H19.2.13)' },
  { from: '2020-04-01', to: '2023-03-31', value: 30_000, source: '民法404条2項 (平成29年法律第44号)' },
  { from: '2023-04-01', to: '2026-03-31', value: 30_000, source: '民法404条 (法務省告示、第1期見直し)' },
  { from: '2026-04-01', to: '2029-03-31', value: 30_000, source: '民法404条 (法務省告示、第2期見直し)' },
];

/** The rate the 最判 H19.2.13 line fixes for overpayments whatever the date: 5%, not 6%. */
export const overpaymentFixedRate = {
  value: 50_000 as Rate,
  source: '最判H19.2.13 (商事法定利率6%ではなく民法所定の5%)',
} as const;

export function legalRateOn(date: CivilDate): { rate: Rate; source: string } {
  const row = rowOn(legalRates, date);
  if (!row) throw new RangeError(`no legal interest rate is published for ${date}`);
  return { rate: row.value, source: row.source };
}
