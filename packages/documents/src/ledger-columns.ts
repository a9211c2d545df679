// The recalculation ledger's columns and heading lines, shared by every layout (terminal, CSV, XLSX)
// so that they all show the same figures under the same names.
import {
  formatWareki,
  type LedgerRow,
  messageText,
  optionLabels,
  optionNames,
  type RecalcOptions,
  type RecalcResult,
  type RecalcSummary,
} from '@wakai/core/engine';

export interface LedgerColumn {
  header: string;
  align: 'left' | 'right';
  /** Yen amounts (formatted with separators where shown); day counts and the row number are not. */
  yen: boolean;
}

export const ledgerColumns: readonly LedgerColumn[] = [
  { header: 'No', align: 'right', yen: false },
  { header: '年月日', align: 'left', yen: false },
  { header: '借入', align: 'right', yen: true },
  { header: '返済', align: 'right', yen: true },
  { header: '日数', align: 'right', yen: false },
  { header: '利率(%)', align: 'right', yen: false },
  { header: '利息', align: 'right', yen: true },
  { header: '未払利息', align: 'right', yen: true },
  { header: '残元金', align: 'right', yen: true },
  { header: '過払金', align: 'right', yen: true },
  { header: '過払利息', align: 'right', yen: true },
  { header: '備考', align: 'left', yen: false },
];

/** One ledger row's cells, in the order of ledgerColumns (one function, not one per column: 200,000 rows). */
export function ledgerRowValues(row: LedgerRow, index: number, dates: 'iso' | 'wareki' = 'iso'): (string | number)[] {
  return [
    index + 1,
    dates === 'wareki' ? formatWareki(row.date, 'short') : row.date,
    row.borrow,
    row.repay,
    row.days,
    row.rate,
    row.interest,
    row.unpaidInterest,
    row.balance,
    row.overpayment,
    row.overpaymentInterest,
    rowRemarks(row),
  ];
}

/** The note, with the marks a reader must not miss (estimated row, series, first day counted). */
export function rowRemarks(row: LedgerRow): string {
  if (!row.estimated && row.series === 1 && !row.tier?.lowered && !row.firstDayCounted) return row.note;
  const marks: string[] = [];
  if (row.estimated) marks.push('【推定】');
  if (row.series > 1) marks.push(`【第${row.series}取引】`);
  if (row.tier?.lowered) marks.push(`【上限${row.tier.rate}%へ】`);
  if (row.firstDayCounted) marks.push('【初日算入】');
  return `${marks.join('')}${row.note}`;
}

/** `[name, value]` pairs of the options used, in Japanese. */
export function optionLines(options: RecalcOptions): [string, string][] {
  const keys = Object.keys(optionNames) as (keyof RecalcOptions)[];
  return (
    keys
      // The order of the parts matters only where each part keeps its own rate.
      .filter((key) => options[key] !== undefined && (key !== 'overpaymentOrder' || options.overpaymentRate === 'per-increment'))
      .map((key) => {
        const value = options[key];
        if (key === 'rate' && value !== 'statutory' && value !== 'contract') return [optionNames[key], `年${value}%`];
        return [optionNames[key], typeof value === 'string' ? (optionLabels[value] ?? value) : String(value)];
      })
  );
}

export function summaryLines(summary: RecalcSummary): [string, number | string][] {
  return [
    ['計算基準日', summary.asOf],
    ['残元金', summary.balance],
    ['未払利息', summary.unpaidInterest],
    ['過払金', summary.overpayment],
    ['過払利息', summary.overpaymentInterest],
    ['過払金請求額(過払金+過払利息)', summary.claim],
  ];
}

export function warningTexts(result: RecalcResult): string[] {
  return result.warnings.map((w) => messageText(w.code, w.params, 'ja'));
}
