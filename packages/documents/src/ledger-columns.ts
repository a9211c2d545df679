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
  /** Numbers are yen or day counts; strings are shown as they are. */
  value: (row: LedgerRow, index: number) => string | number;
  align: 'left' | 'right';
}

export function ledgerColumns(dates: 'iso' | 'wareki' = 'iso'): LedgerColumn[] {
  return [
    { header: 'No', value: (_, index) => index + 1, align: 'right' },
    { header: '年月日', value: (row) => (dates === 'wareki' ? formatWareki(row.date, 'short') : row.date), align: 'left' },
    { header: '借入', value: (row) => row.borrow, align: 'right' },
    { header: '返済', value: (row) => row.repay, align: 'right' },
    { header: '日数', value: (row) => row.days, align: 'right' },
    { header: '利率(%)', value: (row) => row.rate, align: 'right' },
    { header: '利息', value: (row) => row.interest, align: 'right' },
    { header: '未払利息', value: (row) => row.unpaidInterest, align: 'right' },
    { header: '残元金', value: (row) => row.balance, align: 'right' },
    { header: '過払金', value: (row) => row.overpayment, align: 'right' },
    { header: '過払利息', value: (row) => row.overpaymentInterest, align: 'right' },
    { header: '備考', value: rowRemarks, align: 'left' },
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
  return keys
    .filter((key) => options[key] !== undefined)
    .map((key) => {
      const value = options[key];
      if (key === 'rate' && value !== 'statutory' && value !== 'contract') return [optionNames[key], `年${value}%`];
      return [optionNames[key], typeof value === 'string' ? (optionLabels[value] ?? value) : String(value)];
    });
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
