import type { RecalcResult } from '@wakai/core/engine';
import { stringify } from 'csv-stringify/sync';
import { ledgerColumns, ledgerRowValues, optionLines, summaryLines, warningTexts } from './ledger-columns.js';

const ROWS_PER_CHUNK = 2_000;
// A line break inside a note stays inside its quoted cell (Excel would start a new row on a lone CR or LF).
const csvOptions = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

/**
 * A text cell that Excel or LibreOffice would run as a formula (=, +, -, @, or a tab or CR before
 * one) gets a leading quote (OWASP CSV injection). Numbers are never touched: amounts stay numbers.
 */
export function formulaSafe(cell: string | number): string | number {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const safeRow = (cells: readonly (string | number)[]) => cells.map(formulaSafe);

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
    ].map(safeRow),
    csvOptions,
  )}`;
  for (let start = 0; start < result.rows.length; start += ROWS_PER_CHUNK) {
    const block = result.rows.slice(start, start + ROWS_PER_CHUNK);
    yield stringify(
      block.map((row, offset) => safeRow(ledgerRowValues(row, start + offset, dates))),
      csvOptions,
    );
  }
  yield stringify([[], ...summaryLines(result.summary).map(([name, value]) => safeRow(['結果', name, value]))], csvOptions);
}

export function ledgerCsv(result: RecalcResult, dates: 'iso' | 'wareki' = 'iso'): string {
  return [...ledgerCsvChunks(result, dates)].join('');
}
