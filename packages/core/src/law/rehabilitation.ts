import type { CivilDate } from '../civil-date.js';
import { divideToYen, type Yen } from '../money.js';
import { type DatedTable, rowOn } from './dated-table.js';

export interface MinimumRepaymentBand {
  /** The band covers total unsecured debts up to this amount (inclusive); none for the last. */
  upTo?: Yen;
  /** The band starts above the previous band's upTo, or (first band) from 0. */
  rule: { kind: 'all' } | { kind: 'fixed'; amount: Yen } | { kind: 'fraction'; numerator: number; denominator: number };
}

/**
 * 最低弁済額 (民事再生法231条2項3号・4号): under 100万 all of it; 100万 to 500万 inclusive 100万; over
 * 500万 to 1,500万 a fifth; over 1,500万 to 3,000万 300万; over 3,000万 to 5,000万 a tenth. The
 * procedure is for unsecured debts up to 5,000万 (221条1項, the mortgage excluded).
 */
export const minimumRepaymentBands: DatedTable<{ limit: Yen; bands: readonly MinimumRepaymentBand[] }> = [
  {
    from: '2005-01-01',
    value: {
      limit: 50_000_000,
      bands: [
        { upTo: 999_999, rule: { kind: 'all' } },
        { upTo: 5_000_000, rule: { kind: 'fixed', amount: 1_000_000 } },
        { upTo: 15_000_000, rule: { kind: 'fraction', numerator: 1, denominator: 5 } },
        { upTo: 30_000_000, rule: { kind: 'fixed', amount: 3_000_000 } },
        { upTo: 50_000_000, rule: { kind: 'fraction', numerator: 1, denominator: 10 } },
      ],
    },
    source: '民事再生法231条2項3号・4号、221条1項',
  },
];

export type MinimumRepayment =
  | { eligible: true; amount: Yen; band: MinimumRepaymentBand; source: string }
  | { eligible: false; limit: Yen; source: string };

/** The statutory floor for a total of unsecured debt; a fraction is rounded up (the plan must reach it). */
export function minimumRepayment(totalUnsecured: Yen, date: CivilDate): MinimumRepayment {
  const row = rowOn(minimumRepaymentBands, date);
  if (!row) throw new RangeError(`no minimum repayment table for ${date}`);
  const { limit, bands } = row.value;
  if (totalUnsecured > limit) return { eligible: false, limit, source: row.source };
  const band = bands.find((b) => b.upTo === undefined || totalUnsecured <= b.upTo) as MinimumRepaymentBand;
  const rule = band.rule;
  const amount =
    rule.kind === 'all'
      ? totalUnsecured
      : rule.kind === 'fixed'
        ? Math.min(rule.amount, totalUnsecured)
        : divideToYen(totalUnsecured * rule.numerator, rule.denominator, 'up');
  return { eligible: true, amount, band, source: row.source };
}
