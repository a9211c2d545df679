// The JSON contract of a recalculation (`wakai recalc --format json`, later the API): integer yen,
// dates 'YYYY-MM-DD', rates as exact percent texts. Add fields; never rename or drop one.
import { messageText } from '../messages.js';
import { explainRow } from './explain.js';
import type { LedgerRow, RecalcResult } from './recalc.js';

export interface RecalcJsonRow {
  date: string;
  borrow: number;
  repay: number;
  days: number;
  rate: string;
  interest: number;
  unpaidInterest: number;
  balance: number;
  overpayment: number;
  overpaymentInterest: number;
  note: string;
  kind: LedgerRow['kind'];
  series: number;
  estimated: boolean;
  line?: number;
  working?: string[];
}

export function recalcJson(result: RecalcResult, { working = false }: { working?: boolean } = {}) {
  return {
    options: result.options,
    summary: result.summary,
    rows: result.rows.map(
      (row): RecalcJsonRow => ({
        date: row.date,
        borrow: row.borrow,
        repay: row.repay,
        days: row.days,
        rate: row.rate,
        interest: row.interest,
        unpaidInterest: row.unpaidInterest,
        balance: row.balance,
        overpayment: row.overpayment,
        overpaymentInterest: row.overpaymentInterest,
        note: row.note,
        kind: row.kind,
        series: row.series,
        estimated: row.estimated,
        ...(row.line === undefined ? {} : { line: row.line }),
        ...(working ? { working: explainRow(row, result.options.rounding) } : {}),
      }),
    ),
    series: result.series,
    gaps: result.gaps,
    warnings: result.warnings.map((w) => ({
      code: w.code,
      ja: messageText(w.code, w.params, 'ja'),
      en: messageText(w.code, w.params, 'en'),
    })),
    ...(result.comparison ? { comparison: result.comparison } : {}),
  };
}
