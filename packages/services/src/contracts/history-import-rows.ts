// What an imported history file becomes before it is saved: the rows as the preview shows them (with
// the file's line), checked as a save checks them. Pure: run on the request loop for a small file,
// in the import's worker thread for a workbook (history-import-thread.ts).
import {
  type CivilDate,
  formatRatePercent,
  futureDatedRows,
  type HistoryImport,
  type TransactionInput,
  transactionsSchema,
} from '@wakai/core';
import { AppError, checked } from '../app-error.js';

/** A row of the preview: what will be saved, and the file's line it was read from. */
export type ImportedRow = TransactionInput & { line?: number };

export function importedRows(transactions: Extract<HistoryImport, { ok: true }>['transactions']): ImportedRow[] {
  return transactions.map((t) => ({
    date: t.date,
    borrow: t.borrow,
    repay: t.repay,
    rate: t.rate === undefined ? null : formatRatePercent(t.rate),
    note: t.note ?? '',
    estimated: t.estimated === true,
    ...(t.line === undefined ? {} : { line: t.line }),
  }));
}

/** A whole history as it may be saved: each row by the schema, none dated after `today`. */
export function checkedHistory(today: CivilDate, rows: unknown): TransactionInput[] {
  const checkedRows = checked(transactionsSchema, rows);
  const future = futureDatedRows(checkedRows, today);
  if (future.length > 0) throw new AppError('validation', `入力に誤りがあります: ${future[0]?.message}`, { fields: future });
  return checkedRows;
}

/** The rows as saved: the line left out. */
export const savedRows = (rows: readonly ImportedRow[]): TransactionInput[] => rows.map(({ line: _, ...row }) => row);
