import type { RecalcResult } from '@wakai/core';
import { stringify } from 'csv-stringify/sync';
import { ledgerColumns, optionLines, summaryLines, warningTexts } from './ledger-columns.js';

/** The ledger as CSV for Excel: a BOM (so Excel reads UTF-8), the options, the rows, the summary. */
export function ledgerCsv(result: RecalcResult, dates: 'iso' | 'wareki' = 'iso'): string {
  const columns = ledgerColumns(dates);
  const records: (string | number)[][] = [
    ['引き直し計算'],
    ...optionLines(result.options).map(([name, value]) => ['計算条件', name, value]),
    ...warningTexts(result).map((text) => ['注意', text]),
    [],
    columns.map((c) => c.header),
    ...result.rows.map((row, index) => columns.map((c) => c.value(row, index))),
    [],
    ...summaryLines(result.summary).map(([name, value]) => ['結果', name, value]),
  ];
  return `\uFEFF${stringify(records, { record_delimiter: 'windows' })}`;
}
