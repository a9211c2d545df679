// The recalculation options a contract keeps or a ledger request names: each convention one of its
// choices (docs/law/recalculation.md), checked field by field with Japanese errors.
import { z } from 'zod';
import { optionChoices } from '../recalc/options.js';
import { date, whole, yen } from './fields.js';
import { queryValues } from './query-values.js';

export const recalcOptionsSchema = z.object({
  rate: z
    .string()
    .refine((value) => value === 'statutory' || value === 'contract' || /^\d{1,3}(\.\d{1,4})?$/.test(value), {
      error: '利率の指定が正しくありません',
    })
    .optional(),
  yearBasis: z.enum(optionChoices.yearBasis).optional(),
  firstDay: z.enum(optionChoices.firstDay).optional(),
  rounding: z.enum(optionChoices.rounding).optional(),
  partRounding: z.enum(optionChoices.partRounding).optional(),
  overpaymentRate: z.enum(optionChoices.overpaymentRate).optional(),
  overpaymentOrder: z.enum(optionChoices.overpaymentOrder).optional(),
  netting: z.enum(optionChoices.netting).optional(),
  series: z.enum(optionChoices.series).optional(),
  gapDays: whole('空白期間', 0, 100_000).optional(),
  openingBalance: yen('冒頭残高').optional(),
  asOf: date('計算基準日').optional(),
});

/** Recalculation options as a URL's query gives them (every value a text). */
export function recalcOptionsFromQuery(query: Record<string, string>) {
  return queryValues(query, { numbers: ['gapDays', 'openingBalance'] });
}
