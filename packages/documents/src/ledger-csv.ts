import type { RecalcResult } from '@wakai/core/engine';
import { stringify } from 'csv-stringify/sync';
import { ledgerColumns, ledgerRowValues, optionLines, summaryLines, warningTexts } from './ledger-columns.js';

const ROWS_PER_CHUNK = 2_000;
const csvOptions = { record_delimiter: 'windows' } as const;

/**
 * The ledger as CSV for Excel, in pieces to write one after another: a BOM (so Excel reads
 * UTF-8), the options, the rows, the summary.
 */
export function* ledgerCsvChunks(result: RecalcResult, dates: 'iso' | 'wareki' = 'iso'): Generator<string> {
  yield `\uFEFF${stringify(
    [
      ['引き直し計算'],
      ...optionLines(result.options).map(([name, value]) => ['計算条件', name, value]),
      ...warningTexts(result).map((text) => ['注意', text]),
      [],
      ledgerColumns.map((c) => c.header),
    ],
    csvOptions,
  )}`;
  for (let start = 0; start < result.rows.length; start += ROWS_PER_CHUNK) {
    const block = result.rows.slice(start, start + ROWS_PER_CHUNK);
    yield stringify(
      block.map((row, offset) => ledgerRowValues(row, start + offset, dates)),
      csvOptions,
    );
  }
  yield stringify([[], ...summaryLines(result.summary).map(([name, value]) => ['結果', name, value])], csvOptions);
}

export function ledgerCsv(result: RecalcResult, dates: 'iso' | 'wareki' = 'iso'): string {
  return [...ledgerCsvChunks(result, dates)].join('');
}
