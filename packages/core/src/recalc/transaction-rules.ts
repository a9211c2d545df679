// What makes a history row acceptable, in one place: the importer, the case-file schema and the
// web grid all ask these rules, so one fault reads as one sentence wherever it is found.
import type { MessageCode, MessageParams } from '../messages.js';

export interface TransactionProblem {
  /** The cell at fault. */
  field: 'date' | 'borrow';
  code: MessageCode;
  params: MessageParams;
}

/** A row moves money: a borrowing or a repayment. A row of two zeros is no transaction. */
export function amountProblem(row: { borrow: number; repay: number }): TransactionProblem | undefined {
  return row.borrow === 0 && row.repay === 0 ? { field: 'borrow', code: 'import.noAmount', params: {} } : undefined;
}

/** Rows are in date order: none is dated before the row above it (same-day rows keep their order). */
export function dateOrderProblem(date: string, previous: string | undefined): TransactionProblem | undefined {
  return previous !== undefined && date < previous ? { field: 'date', code: 'import.dateOrder', params: { previous } } : undefined;
}

/** A transaction cannot have happened yet: none is dated after today. */
export function futureDateProblem(date: string, today: string | undefined): TransactionProblem | undefined {
  return today !== undefined && date > today ? { field: 'date', code: 'import.futureDate', params: { date, today } } : undefined;
}

/** Every rule on a list of rows, row by row; with `today`, rows dated after it too. */
export function transactionProblems(
  rows: readonly { date: string; borrow: number; repay: number }[],
  today?: string,
): (TransactionProblem & { index: number })[] {
  const found: (TransactionProblem & { index: number })[] = [];
  rows.forEach((row, index) => {
    const problems = [amountProblem(row), dateOrderProblem(row.date, rows[index - 1]?.date), futureDateProblem(row.date, today)];
    for (const problem of problems) if (problem) found.push({ ...problem, index });
  });
  return found;
}
